package com.wealthai.crm.notes.application;

import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import java.time.LocalDate;

/**
 * What a user writes into a note, from a form or the API. Missing type, priority, status and date
 * take their defaults (その他 is not assumed: the type is required); {@code customerId} counts only
 * when a note is created.
 */
public record NoteInput(Long customerId, NoteType noteType, String title, String content, LocalDate noteDate,
                        LocalDate followUpDate, NotePriority priority, NoteStatus status) {

    public NotePriority priorityOrDefault() {
        return priority == null ? NotePriority.MEDIUM : priority;
    }

    public NoteStatus statusOrDefault() {
        return status == null ? NoteStatus.OPEN : status;
    }

    public LocalDate noteDateOr(LocalDate today) {
        return noteDate == null ? today : noteDate;
    }
}
