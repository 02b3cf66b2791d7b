package com.wealthai.crm.notes.domain;

/** What kind of contact a note records: 訪問, 電話, メール, 面談, 商品提案, その他. */
public enum NoteType {
    VISIT,
    CALL,
    EMAIL,
    MEETING,
    PROPOSAL,
    OTHER;

    public String labelKey() {
        return "notes.type." + name();
    }
}
