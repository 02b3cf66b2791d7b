package com.wealthai.crm.notes.application;

import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the notes list and the API filter on; null means "any". {@code text} matches anywhere in the
 * title or content (Japanese included); {@code dueBefore} keeps open notes due before that day.
 */
public record NoteFilter(Long customerId, Long salesRepId, NoteType noteType, NotePriority priority, NoteStatus status,
                         LocalDate followUpFrom, LocalDate followUpTo, LocalDate dueBefore, String text)
        implements Serializable {

    public static NoteFilter none() {
        return new NoteFilter(null, null, null, null, null, null, null, null, null);
    }

    public static NoteFilter ofCustomer(long customerId) {
        return new NoteFilter(customerId, null, null, null, null, null, null, null, null);
    }
}
