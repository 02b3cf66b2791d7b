package com.wealthai.crm.ai.rest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes {@code text/event-stream} events (one JSON line of data each) and flushes each at once. */
final class ServerSentEvents {

    private final OutputStream out;
    private volatile boolean gone;

    ServerSentEvents(OutputStream out) {
        this.out = out;
    }

    /** False once the client has gone away; later events are dropped. */
    boolean open() {
        return !gone;
    }

    void send(String name, JsonObject data) {
        if (gone) {
            return;
        }
        try {
            // JSON from JSON-P holds no raw line breaks, so one data line is enough.
            out.write(("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }
}
