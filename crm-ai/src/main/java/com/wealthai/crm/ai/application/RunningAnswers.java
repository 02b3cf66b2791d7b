package com.wealthai.crm.ai.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The answers being streamed right now, by conversation, so that a stop request can reach one. */
@ApplicationScoped
public class RunningAnswers {

    private final Map<String, StreamingConverser> running = new ConcurrentHashMap<>();

    void started(String conversationId, StreamingConverser converser) {
        running.put(conversationId, converser);
    }

    void finished(String conversationId) {
        running.remove(conversationId);
    }

    boolean stop(String conversationId) {
        StreamingConverser converser = running.get(conversationId);
        if (converser == null) {
            return false;
        }
        converser.stop();
        return true;
    }
}
