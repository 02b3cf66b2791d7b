package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.SalesNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Writing notes: create, edit, complete and postpone, each within the caller's scope (a note of a
 * customer the caller cannot see is reported as not found) and against the version the caller read
 * (a note changed meanwhile is refused, never overwritten).
 */
@ApplicationScoped
@Transactional
public class SalesNotes {

    /** The prefix of this module's {@link BookFigures}. */
    public static final String FIGURES = NotesModule.ID + ".";

    static final String ENTITY = "sales_note";

    @PersistenceContext(unitName = "crm-notes")
    EntityManager em;

    @Inject
    CustomerDirectory customers;

    @Inject
    CrmMessages messages;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The dashboard's note counts per book, forgotten for the note's rep on every change. */
    @Inject
    BookFigures figures;

    public SalesNote create(NoteInput input, AccessScope scope) {
        NoteRules.check(input, true, today(), messages);
        CustomerSummary customer = customers.find(input.customerId(), scope)
                .orElseThrow(() -> new RecordNotFoundException(messages.get("notes.error.customer.notFound")));
        OffsetDateTime now = OffsetDateTime.now(clock);
        SalesNote note = new SalesNote(customer.id(), customer.salesRepId(), now, scope.login());
        write(note, input, now, scope);
        em.persist(note);
        em.flush();
        audit.record(AuditAction.CREATE, NotesModule.ID, ENTITY, note.getId(), "customer_id,note_type,title,content,follow_up_date,priority,status");
        figures.changed(FIGURES, customer.salesRepId(), customer.branch());
        return note;
    }

    public SalesNote update(long noteId, long expectedVersion, NoteInput input, AccessScope scope) {
        NoteRules.check(input, false, today(), messages);
        SalesNote note = visible(noteId, expectedVersion, scope);
        write(note, input, OffsetDateTime.now(clock), scope);
        flush();
        audit.record(AuditAction.UPDATE, NotesModule.ID, ENTITY, noteId, "note_type,title,content,note_date,follow_up_date,priority,status");
        figures.changed(FIGURES, note.getSalesRepId(), null);
        return note;
    }

    /** One click: the follow-up is done. */
    public SalesNote complete(long noteId, long expectedVersion, AccessScope scope) {
        SalesNote note = visible(noteId, expectedVersion, scope);
        note.complete(OffsetDateTime.now(clock), scope.login());
        flush();
        audit.record(AuditAction.UPDATE, NotesModule.ID, ENTITY, noteId, "status");
        figures.changed(FIGURES, note.getSalesRepId(), null);
        return note;
    }

    /** One click: the follow-up moves {@code days} days on from today, or from its date if that is later. */
    public SalesNote postpone(long noteId, long expectedVersion, int days, AccessScope scope) {
        SalesNote note = visible(noteId, expectedVersion, scope);
        LocalDate today = today();
        LocalDate from = note.getFollowUpDate() == null || note.getFollowUpDate().isBefore(today) ? today : note.getFollowUpDate();
        note.postponeTo(from.plusDays(Math.max(1, days)), OffsetDateTime.now(clock), scope.login());
        flush();
        audit.record(AuditAction.UPDATE, NotesModule.ID, ENTITY, noteId, "follow_up_date");
        figures.changed(FIGURES, note.getSalesRepId(), null);
        return note;
    }

    /** The note, read for display (the view is audited). */
    public SalesNote read(long noteId, AccessScope scope) {
        SalesNote note = find(noteId, scope);
        audit.viewed(NotesModule.ID, ENTITY, noteId);
        return note;
    }

    /** No transaction: the badge asks on every page, and opening one per call cost more than the answer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(FollowUpClock.TOKYO));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpBucket bucketOf(SalesNote note) {
        return note.getFollowUpDate() == null ? null : FollowUpBucket.of(note.getFollowUpDate(), today());
    }

    private SalesNote find(long noteId, AccessScope scope) {
        SalesNote note = em.find(SalesNote.class, noteId);
        if (note == null || customers.find(note.getCustomerId(), scope).isEmpty()) {
            throw new RecordNotFoundException(messages.get("notes.error.notFound", noteId));
        }
        return note;
    }

    private SalesNote visible(long noteId, long expectedVersion, AccessScope scope) {
        SalesNote note = find(noteId, scope);
        if (note.getVersion() != expectedVersion) {
            throw new StaleVersionException(messages.get("notes.error.stale"));
        }
        return note;
    }

    private void write(SalesNote note, NoteInput input, OffsetDateTime now, AccessScope scope) {
        note.write(input.noteType(), Objects.requireNonNull(input.title()), input.content(), input.noteDateOr(today()),
                input.followUpDate(), input.priorityOrDefault(), input.statusOrDefault(), now, scope.login());
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw new StaleVersionException(messages.get("notes.error.stale"));
        }
    }
}
