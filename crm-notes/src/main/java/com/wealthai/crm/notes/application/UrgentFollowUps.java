package com.wealthai.crm.notes.application;

import java.util.List;
import java.util.Map;

/** Overdue and due-today follow-ups, most urgent first, and the names of their customers by id. */
public record UrgentFollowUps(List<NoteRow> rows, Map<Long, String> customerNames) {

    /** The customer's name, or {@code #id} for one no longer in the caller's reach. */
    public String customerName(long customerId) {
        return customerNames.getOrDefault(customerId, "#" + customerId);
    }
}
