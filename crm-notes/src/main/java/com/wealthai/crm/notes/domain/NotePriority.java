package com.wealthai.crm.notes.domain;

/** 高 / 中 / 低. */
public enum NotePriority {
    HIGH,
    MEDIUM,
    LOW;

    public String labelKey() {
        return "notes.priority." + name();
    }
}
