package com.wealthai.crm.core.api;

/**
 * The request clashes with the state of the data (a duplicate code, selling more than is held);
 * nothing was changed. The API answers 409; the message is localised.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
