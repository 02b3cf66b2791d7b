package com.wealthai.crm.notes.web;

import com.wealthai.crm.notes.application.NoteInput;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import com.wealthai.crm.notes.domain.SalesNote;
import java.io.Serializable;
import java.time.LocalDate;

/** What a notes form holds while the user types, kept as typed when saving is refused. */
public class NoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private NoteType noteType = NoteType.VISIT;
    private String title;
    private String content;
    private LocalDate noteDate;
    private LocalDate followUpDate;
    private NotePriority priority = NotePriority.MEDIUM;
    private NoteStatus status = NoteStatus.OPEN;

    static NoteForm of(SalesNote note) {
        NoteForm form = new NoteForm();
        form.noteType = note.getNoteType();
        form.title = note.getTitle();
        form.content = note.getContent();
        form.noteDate = note.getNoteDate();
        form.followUpDate = note.getFollowUpDate();
        form.priority = note.getPriority();
        form.status = note.getStatus();
        return form;
    }

    NoteInput toInput(Long customerId) {
        return new NoteInput(customerId, noteType, title, content, noteDate, followUpDate, priority, status);
    }

    public NoteType getNoteType() {
        return noteType;
    }

    public void setNoteType(NoteType noteType) {
        this.noteType = noteType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public void setNoteDate(LocalDate noteDate) {
        this.noteDate = noteDate;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public NotePriority getPriority() {
        return priority;
    }

    public void setPriority(NotePriority priority) {
        this.priority = priority;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public void setStatus(NoteStatus status) {
        this.status = status;
    }
}
