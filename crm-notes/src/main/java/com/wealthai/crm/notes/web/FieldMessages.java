package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import java.util.Map;
import org.omnifaces.util.Messages;

/** Puts each broken rule's message next to its field on a notes form (API field name → input id). */
final class FieldMessages {

    private static final Map<String, String> INPUTS = Map.of(
            "customer_id", "customer", "note_type", "noteType", "title", "title", "content", "content",
            "note_date", "noteDate", "follow_up_date", "followUpDate", "priority", "priority", "status", "status");

    private FieldMessages() {
    }

    static void show(String formId, InvalidInputException e) {
        for (FieldError error : e.errors()) {
            String input = INPUTS.get(error.field());
            if (input == null) {
                Messages.addGlobalError(error.message());
            } else {
                Messages.addError(formId + ":" + input, error.message());
            }
        }
    }
}
