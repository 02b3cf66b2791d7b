package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a note must keep, each broken one reported at its field (named as in the API) with a
 * message in the caller's language. Nothing is saved while one is broken.
 */
final class NoteRules {

    static final int TITLE_MAX = 200;
    static final int CONTENT_MAX = 100_000;

    private NoteRules() {
    }

    static void check(NoteInput input, boolean creating, LocalDate today, CrmMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        if (creating && input.customerId() == null) {
            errors.add(new FieldError("customer_id", messages.get("notes.error.customer.required")));
        }
        if (input.noteType() == null) {
            errors.add(new FieldError("note_type", messages.get("notes.error.type.required")));
        }
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty()) {
            errors.add(new FieldError("title", messages.get("notes.error.title.required")));
        } else if (title.length() > TITLE_MAX) {
            errors.add(new FieldError("title", messages.get("notes.error.title.size", TITLE_MAX)));
        }
        if (input.content() != null && input.content().length() > CONTENT_MAX) {
            errors.add(new FieldError("content", messages.get("notes.error.content.size", CONTENT_MAX)));
        }
        LocalDate noteDate = input.noteDateOr(today);
        if (input.followUpDate() != null && input.statusOrDefault().isOpen() && input.followUpDate().isBefore(noteDate)) {
            errors.add(new FieldError("follow_up_date", messages.get("notes.error.followUp.beforeNote")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
