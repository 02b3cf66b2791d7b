package com.wealthai.crm.notes.application;

/** The orders the notes list offers, each with a unique tie-breaker so that paging is stable. */
public enum NoteSort {
    NOTE_DATE("n.note_date"),
    FOLLOW_UP_DATE("n.follow_up_date"),
    PRIORITY("case n.priority when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end"),
    STATUS("n.status"),
    TITLE("n.title"),
    CREATED_AT("n.created_at");

    private final String expression;

    NoteSort(String expression) {
        this.expression = expression;
    }

    String orderBy(boolean descending) {
        String direction = descending ? " desc nulls last" : " asc nulls last";
        return expression + direction + ", n.note_id" + (descending ? " desc" : " asc");
    }
}
