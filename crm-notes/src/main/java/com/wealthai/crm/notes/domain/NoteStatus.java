package com.wealthai.crm.notes.domain;

/** 未対応 / 対応中 / 完了 / 取消. A follow-up is due only while its note is open. */
public enum NoteStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String labelKey() {
        return "notes.status." + name();
    }
}
