package com.wealthai.crm.core.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether start-up has completed (schema migrated, modules registered). Until it has, pages and API
 * answer 503 with the reason instead of half-working.
 */
@ApplicationScoped
public class Readiness {

    private volatile boolean ready;
    private volatile String reason = "starting";

    public boolean isReady() {
        return ready;
    }

    public String reason() {
        return ready ? null : reason;
    }

    void ready() {
        ready = true;
        reason = null;
    }

    void notReady(String why) {
        ready = false;
        reason = why;
    }
}
