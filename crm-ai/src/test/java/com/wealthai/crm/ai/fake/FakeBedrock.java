package com.wealthai.crm.ai.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.eventstream.HeaderValue;
import software.amazon.awssdk.eventstream.Message;

/**
 * A local stand-in for Bedrock Runtime that speaks the Converse wire format (JSON over
 * {@code POST /model/{modelId}/converse}, AWS event-stream frames for {@code converse-stream}). Tests script its replies one by one (a text answer, a
 * tool-use request, an AWS error) and read every request body it received, which is exactly what
 * would have left the building. The real AWS SDK client talks to it through an endpoint override.
 */
public final class FakeBedrock implements AutoCloseable {

    /** One request as received. */
    public record Received(String path, String body) {
    }

    /** A reply; a streamed one waits {@code pause} before each text chunk, as a model writing would. */
    private record Scripted(int status, String errorType, String body, List<Message> frames, Duration pause) {

        Scripted(int status, String errorType, String body) {
            this(status, errorType, body, null, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final Deque<Scripted> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private FakeBedrock(HttpServer server) {
        this.server = server;
    }

    /** Starts on the given port (0 for any free one). */
    public static FakeBedrock start(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            FakeBedrock fake = new FakeBedrock(server);
            server.createContext("/", fake::handle);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Bedrock on port " + port, e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The model answers with text and ends its turn. */
    public FakeBedrock replyText(String text) {
        return reply(200, null, message("{\"text\":" + quote(text) + "}", "end_turn"));
    }

    /** The model asks for a tool; {@code inputJson} is given to the tool as the model wrote it. */
    public FakeBedrock replyToolUse(String toolUseId, String name, String inputJson) {
        return reply(200, null, message("{\"toolUse\":{\"toolUseId\":" + quote(toolUseId) + ",\"name\":" + quote(name)
                + ",\"input\":" + inputJson + "}}", "tool_use"));
    }

    /** An AWS error such as {@code ThrottlingException} (429) or {@code AccessDeniedException} (403). */
    public FakeBedrock replyError(int status, String errorType, String message) {
        return reply(status, errorType, "{\"message\":" + quote(message) + "}");
    }

    /** A ConverseStream answer: the text arrives in the given chunks, in real event-stream frames. */
    public FakeBedrock replyStreamText(String... chunks) {
        return replyStreamTextSlowly(Duration.ZERO, chunks);
    }

    /** As {@link #replyStreamText}, each chunk after a pause: shows whether a proxy passes chunks on as they come. */
    public FakeBedrock replyStreamTextSlowly(Duration pause, String... chunks) {
        List<Message> frames = new ArrayList<>();
        frames.add(event("messageStart", "{\"role\":\"assistant\"}"));
        for (String chunk : chunks) {
            frames.add(event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":" + quote(chunk) + "}}"));
        }
        frames.add(event("contentBlockStop", "{\"contentBlockIndex\":0}"));
        return streamEnd(frames, "end_turn", pause);
    }

    /** A ConverseStream tool request; the input JSON arrives in pieces as Bedrock sends it. */
    public FakeBedrock replyStreamToolUse(String toolUseId, String name, String... inputPieces) {
        List<Message> frames = new ArrayList<>();
        frames.add(event("messageStart", "{\"role\":\"assistant\"}"));
        frames.add(event("contentBlockStart", "{\"contentBlockIndex\":0,\"start\":{\"toolUse\":{\"toolUseId\":" + quote(toolUseId)
                + ",\"name\":" + quote(name) + "}}}"));
        for (String piece : inputPieces) {
            frames.add(event("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"toolUse\":{\"input\":" + quote(piece) + "}}}"));
        }
        frames.add(event("contentBlockStop", "{\"contentBlockIndex\":0}"));
        return streamEnd(frames, "tool_use", Duration.ZERO);
    }

    private FakeBedrock streamEnd(List<Message> frames, String stopReason, Duration pause) {
        frames.add(event("messageStop", "{\"stopReason\":\"" + stopReason + "\"}"));
        frames.add(event("metadata", "{\"usage\":{\"inputTokens\":120,\"outputTokens\":30,\"totalTokens\":150},\"metrics\":{\"latencyMs\":5}}"));
        script.add(new Scripted(200, null, null, frames, pause));
        return this;
    }

    private static Message event(String type, String json) {
        Map<String, HeaderValue> headers = new LinkedHashMap<>();
        headers.put(":message-type", HeaderValue.fromString("event"));
        headers.put(":event-type", HeaderValue.fromString(type));
        headers.put(":content-type", HeaderValue.fromString("application/json"));
        return new Message(headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Any body at all, to see how a malformed answer is handled. */
    public FakeBedrock replyRaw(int status, String body) {
        return reply(status, null, body);
    }

    /** The same reply for the next {@code times} requests (the SDK retries throttling). */
    public FakeBedrock repeatError(int times, int status, String errorType, String message) {
        for (int i = 0; i < times; i++) {
            replyError(status, errorType, message);
        }
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public String lastBody() {
        return received.isEmpty() ? null : received.get(received.size() - 1).body();
    }

    public void reset() {
        script.clear();
        received.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private FakeBedrock reply(int status, String errorType, String body) {
        script.add(new Scripted(status, errorType, body));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestURI().getRawPath(), body));
        Scripted next = script.poll();
        if (next == null) {
            next = new Scripted(200, null, message("{\"text\":\"(fake Bedrock: nothing scripted)\"}", "end_turn"));
        }
        if (next.frames() != null) {
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.amazon.eventstream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (Message frame : next.frames()) {
                    if (!next.pause().isZero() && "contentBlockDelta".equals(frame.getHeaders().get(":event-type").getString())) {
                        pause(next.pause());
                    }
                    frame.encode(out);
                    out.flush();
                }
            }
            return;
        }
        byte[] bytes = next.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "fake-" + received.size());
        if (next.errorType() != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", next.errorType());
        }
        exchange.sendResponseHeaders(next.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String message(String contentBlock, String stopReason) {
        return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[" + contentBlock + "]}},"
                + "\"stopReason\":\"" + stopReason + "\","
                + "\"usage\":{\"inputTokens\":120,\"outputTokens\":30,\"totalTokens\":150},"
                + "\"metrics\":{\"latencyMs\":5}}";
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
