package com.wealthai.crm.core.api;

/** A problem with one input field: its name as the client sent it, and a localised message. */
public record FieldError(String field, String message) {
}
