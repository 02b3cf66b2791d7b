package com.wealthai.crm.core.api;

/**
 * Somebody else saved the record since the caller read it; the caller's change was refused, never
 * merged silently. The API answers 412; pages keep the user's input and say so.
 */
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String message) {
        super(message);
    }
}
