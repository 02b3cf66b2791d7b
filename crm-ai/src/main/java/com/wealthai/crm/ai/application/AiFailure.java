package com.wealthai.crm.ai.application;

/** Bedrock could not answer; {@link #kind()} says why in words the chat can show (message key {@code ai.error.<kind>}). */
public class AiFailure extends RuntimeException {

    /** What went wrong, as the user should hear it. */
    public enum Kind { NOT_CONFIGURED, THROTTLED, ACCESS_DENIED, MODEL_NOT_FOUND, TIMEOUT, INVALID_REQUEST, MALFORMED_RESPONSE, BUDGET_SPENT, UNAVAILABLE }

    private final Kind kind;

    public AiFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Key of the localised message in the ai bundle. */
    public String messageKey() {
        return "ai.error." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
