package com.wealthai.crm.notes.application;

import static com.wealthai.crm.notes.application.NotesDatabase.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.NoteStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo notes: exactly 26, some overdue, some due this week, some done, whatever day they load. */
class DemoNotesTest {

    private static NotesDatabase db;

    @BeforeAll
    static void start() {
        db = new NotesDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private void loadOn(String instant) {
        db.execute("delete from sales_notes");
        db.clock = Clock.fixed(java.time.Instant.parse(instant), ZoneOffset.UTC);
        var em = db.emf.createEntityManager();
        em.getTransaction().begin();
        DemoNotes demo = new DemoNotes();
        demo.em = em;
        demo.customers = db.customers;
        demo.clock = db.clock;
        demo.load();
        em.getTransaction().commit();
        em.close();
    }

    @Test
    void twentySixNotesWithOverdueThisWeekAndDoneOnAWednesday() {
        loadOn("2026-11-25T01:00:00Z");
        LocalDate today = LocalDate.of(2026, 11, 25);
        NoteQueries queries = db.queries();

        assertThat(queries.total(ADMIN)).isEqualTo(DemoNotes.COUNT).isEqualTo(26);
        assertThat(queries.bucketCounts(today, ADMIN)).containsEntry(FollowUpBucket.OVERDUE, 5L)
                .containsEntry(FollowUpBucket.TODAY, 2L).containsEntry(FollowUpBucket.THIS_WEEK, 4L);
        assertThat(queries.count(new NoteFilter(null, null, null, null, NoteStatus.DONE, null, null, null, null), ADMIN)).isEqualTo(9);
        assertThat(queries.timeline(1, 50, ADMIN)).isNotEmpty();
        assertThat(queries.timeline(4, 50, ADMIN)).isNotEmpty();

        // the alert lists the most urgent first: the oldest overdue ones, then today's, at most as many as asked
        List<NoteRow> urgent = queries.urgentFollowUps(today, ADMIN, 20);
        assertThat(urgent).hasSize(7).extracting(NoteRow::followUpDate).isSorted().allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(today));
        assertThat(queries.urgentFollowUps(today, ADMIN, 3)).containsExactlyElementsOf(urgent.subList(0, 3));
    }

    @Test
    void onASaturdayTheWeekStillHasFollowUpsAhead() {
        loadOn("2026-11-28T01:00:00Z");
        LocalDate saturday = LocalDate.of(2026, 11, 28);

        assertThat(db.queries().bucketCounts(saturday, ADMIN)).containsEntry(FollowUpBucket.OVERDUE, 5L)
                .containsEntry(FollowUpBucket.THIS_WEEK, 4L);
        assertThat(db.queries().total(ADMIN)).isEqualTo(26);
    }
}
