package com.wealthai.crm.core.api;

/**
 * No such record within the caller's scope. A record outside the scope is reported the same way as
 * one that does not exist, so that its existence is not revealed. The API answers 404.
 */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String message) {
        super(message);
    }
}
