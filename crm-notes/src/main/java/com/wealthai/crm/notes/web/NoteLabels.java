package com.wealthai.crm.notes.web;

import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The fixed lists of the notes pages, for select menus ({@code #{noteLabels.types}}) and tag styles. */
@Named
@ApplicationScoped
public class NoteLabels {

    public NoteType[] getTypes() {
        return NoteType.values();
    }

    public NotePriority[] getPriorities() {
        return NotePriority.values();
    }

    public NoteStatus[] getStatuses() {
        return NoteStatus.values();
    }

    /** The tag colour of a priority: high stands out. */
    public String priorityStyle(NotePriority priority) {
        return switch (priority) {
            case HIGH -> "tag danger";
            case MEDIUM -> "tag warning";
            case LOW -> "tag muted-tag";
        };
    }

    public String statusStyle(NoteStatus status) {
        return switch (status) {
            case DONE -> "tag success";
            case CANCELLED -> "tag muted-tag";
            default -> "tag";
        };
    }

    public String bucketStyle(FollowUpBucket bucket) {
        return bucket == FollowUpBucket.OVERDUE ? "tag danger" : bucket == FollowUpBucket.TODAY ? "tag warning" : "tag";
    }
}
