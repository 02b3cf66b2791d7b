package com.wealthai.crm.notes.application;

import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A note as lists, the timeline, the API and the AI read it (content is sanitised HTML). */
public record NoteRow(long id, long customerId, long salesRepId, NoteType noteType, String title, String content,
                      LocalDate noteDate, LocalDate followUpDate, NotePriority priority, NoteStatus status,
                      OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
                      OffsetDateTime completedAt, long version) implements Serializable {
}
