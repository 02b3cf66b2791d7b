package com.wealthai.crm.notes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A sales note: what a rep discussed with a customer on a day, and, while it is open, the date by
 * which they promised to follow up. The note keeps its content sanitised and its search text in step
 * with title and content; the customer and the responsible rep are ids of crm-customers' rows.
 */
@Entity
@Table(name = "sales_notes")
public class SalesNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "note_id")
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "sales_rep_id", nullable = false)
    private long salesRepId;

    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", nullable = false, length = 20)
    private NoteType noteType;

    @Column(nullable = false, length = 200)
    private String title;

    @Column
    private String content;

    @Column(name = "search_text", nullable = false)
    private String searchText;

    @Column(name = "note_date", nullable = false)
    private LocalDate noteDate;

    @Column(name = "follow_up_date")
    private LocalDate followUpDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private NotePriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoteStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false, length = 60)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Version
    private long version;

    protected SalesNote() {
    }

    public SalesNote(long customerId, long salesRepId, OffsetDateTime now, String login) {
        this.customerId = customerId;
        this.salesRepId = salesRepId;
        this.createdAt = now;
        this.createdBy = login;
        this.updatedAt = now;
        this.updatedBy = login;
    }

    /** Sets what the note says; content is sanitised here, so no caller can store raw HTML. */
    public void write(NoteType type, String newTitle, String contentHtml, LocalDate date, LocalDate followUp,
                      NotePriority newPriority, NoteStatus newStatus, OffsetDateTime now, String login) {
        this.noteType = type;
        this.title = newTitle.strip();
        this.content = RichText.sanitise(contentHtml);
        this.searchText = SearchText.of(this.title, this.content);
        this.noteDate = date;
        this.followUpDate = followUp;
        this.priority = newPriority;
        changeStatus(newStatus, now);
        touch(now, login);
    }

    /** Marks the follow-up done. */
    public void complete(OffsetDateTime now, String login) {
        changeStatus(NoteStatus.DONE, now);
        touch(now, login);
    }

    /** Moves the follow-up to a later day; the note stays open. */
    public void postponeTo(LocalDate newDate, OffsetDateTime now, String login) {
        this.followUpDate = newDate;
        touch(now, login);
    }

    private void changeStatus(NoteStatus newStatus, OffsetDateTime now) {
        if (newStatus == NoteStatus.DONE && status != NoteStatus.DONE) {
            completedAt = now;
        } else if (newStatus != NoteStatus.DONE) {
            completedAt = null;
        }
        status = newStatus;
    }

    private void touch(OffsetDateTime now, String login) {
        updatedAt = now;
        updatedBy = login;
    }

    public Long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public long getSalesRepId() {
        return salesRepId;
    }

    public NoteType getNoteType() {
        return noteType;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getSearchText() {
        return searchText;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public NotePriority getPriority() {
        return priority;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public long getVersion() {
        return version;
    }
}
