package com.wealthai.crm.notes.application;

import static com.wealthai.crm.notes.application.NotesDatabase.ADMIN;
import static com.wealthai.crm.notes.application.NotesDatabase.MANAGER;
import static com.wealthai.crm.notes.application.NotesDatabase.SATO;
import static com.wealthai.crm.notes.application.NotesDatabase.SUZUKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import com.wealthai.crm.notes.domain.SalesNote;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Notes on a real PostgreSQL: saving sanitises, rules refuse bad input, a stale edit is refused, the
 * caller's scope bounds every read and write, Japanese text is found by any part of it, and the
 * follow-up buckets turn at midnight in Tokyo.
 */
class SalesNotesDatabaseTest {

    /** 2026/11/25 10:00 in Tokyo, a Wednesday. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-11-25T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static NotesDatabase db;
    private NoteQueries queries;

    @BeforeAll
    static void start() {
        db = new NotesDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @BeforeEach
    void clean() {
        db.execute("delete from sales_notes");
        db.clock = Clock.fixed(WEDNESDAY_MORNING, ZoneOffset.UTC);
        queries = db.queries();
    }

    private static NoteInput input(long customerId, String title, String content, LocalDate followUp) {
        LocalDate noteDate = followUp != null && followUp.isBefore(TODAY) ? followUp.minusDays(7) : TODAY;
        return new NoteInput(customerId, NoteType.VISIT, title, content, noteDate, followUp, NotePriority.HIGH, NoteStatus.OPEN);
    }

    private SalesNote create(long customerId, String title, String content, LocalDate followUp) {
        return db.write(notes -> notes.create(input(customerId, title, content, followUp), ADMIN));
    }

    @Test
    void savingKeepsFormattingAndDropsScripts() {
        SalesNote note = create(1, "訪問", "<p><strong>NISA</strong>の説明<script>alert(1)</script>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">リンク</a></p>", null);

        NoteRow saved = queries.timeline(1, 10, ADMIN).get(0);
        assertThat(saved.content()).isEqualTo("<p><strong>NISA</strong>の説明リンク</p>");
        assertThat(saved.salesRepId()).isEqualTo(BookOfCustomers.REP_SATO);
        assertThat(saved.createdBy()).isEqualTo("admin");
        assertThat(db.audit).anyMatch(line -> line.startsWith("CREATE sales_note " + note.getId()));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        NoteInput bad = new NoteInput(1L, null, "x".repeat(201), null, TODAY, TODAY.minusDays(1), null, NoteStatus.OPEN);

        assertThatThrownBy(() -> db.write(notes -> notes.create(bad, ADMIN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("note_type", "title", "follow_up_date"));
        assertThatThrownBy(() -> db.write(notes -> notes.create(input(1, "  ", null, null), ADMIN)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("notes.error.title.required"));
        assertThat(queries.total(ADMIN)).isZero();
    }

    @Test
    void aFollowUpBeforeTheNoteIsAllowedOnceTheNoteIsDone() {
        NoteInput done = new NoteInput(1L, NoteType.CALL, "済", null, TODAY, TODAY.minusDays(3), NotePriority.LOW, NoteStatus.DONE);

        SalesNote note = db.write(notes -> notes.create(done, ADMIN));

        assertThat(note.getCompletedAt()).isNotNull();
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerTextKept() {
        SalesNote note = create(1, "初回", null, null);
        long readVersion = note.getVersion();
        db.write(notes -> notes.update(note.getId(), readVersion, input(1, "同僚の修正", null, null), ADMIN));

        assertThatThrownBy(() -> db.write(notes -> notes.update(note.getId(), readVersion, input(1, "古い画面から", null, null), ADMIN)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(queries.timeline(1, 1, ADMIN).get(0).title()).isEqualTo("同僚の修正");
        assertThat(queries.timeline(1, 1, ADMIN).get(0).version()).isEqualTo(readVersion + 1);
    }

    @Test
    void theListsPagesFollowEachOtherInItsOrder() {
        for (int i = 1; i <= 7; i++) {
            create(1 + i % 2, "ページ" + i, null, TODAY.plusDays(i % 4));
        }
        for (NoteSort sort : List.of(NoteSort.NOTE_DATE, NoteSort.TITLE)) {
            List<Long> all = queries.page(NoteFilter.none(), sort, true, 0, 50, SATO).stream().map(NoteRow::id).toList();
            List<Long> paged = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset += 3) {
                paged.addAll(queries.page(NoteFilter.none(), sort, true, offset, 3, SATO).stream().map(NoteRow::id).toList());
            }
            assertThat(all).as(sort.name()).hasSize(7);
            assertThat(paged).as(sort.name()).isEqualTo(all);
        }
        assertThat(queries.page(NoteFilter.none(), NoteSort.NOTE_DATE, true, 0, 50, SATO)).extracting(NoteRow::noteDate)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void aRepReadsAndWritesOnlyTheNotesOfTheirOwnBook() {
        SalesNote satos = create(1, "佐藤さんの顧客", null, TODAY);
        create(3, "鈴木さんの顧客", null, TODAY);
        create(4, "大阪支店の顧客", null, TODAY);

        assertThat(queries.page(NoteFilter.none(), NoteSort.NOTE_DATE, true, 0, 50, SATO)).extracting(NoteRow::title)
                .containsExactly("佐藤さんの顧客");
        assertThat(queries.timeline(1, 10, SUZUKI)).isEmpty();
        assertThat(queries.followUps(TODAY, null, MANAGER)).extracting(NoteRow::title)
                .containsExactlyInAnyOrder("佐藤さんの顧客", "鈴木さんの顧客");
        assertThatThrownBy(() -> db.write(notes -> notes.read(satos.getId(), SUZUKI))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> db.write(notes -> notes.complete(satos.getId(), satos.getVersion(), SUZUKI)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> db.write(notes -> notes.create(input(1, "他人の顧客へ", null, null), SUZUKI)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(queries.total(ADMIN)).isEqualTo(3);
    }

    @Test
    void japaneseTextIsFoundByAnyPartOfTitleOrContent() {
        create(1, "投資信託の乗り換え提案", "<p>ＮＩＳＡ枠の<strong>つみたて</strong>について説明</p>", null);
        create(1, "債券の満期連絡", "<p>国債の償還金の再投資</p>", null);
        create(3, "ｶﾌﾞの相談", null, null);

        assertThat(search("信託", ADMIN)).containsExactly("投資信託の乗り換え提案");
        assertThat(search("つみたて", ADMIN)).containsExactly("投資信託の乗り換え提案");
        assertThat(search("nisa", ADMIN)).containsExactly("投資信託の乗り換え提案");
        assertThat(search("再投資", ADMIN)).containsExactly("債券の満期連絡");
        assertThat(search("投", ADMIN)).containsExactlyInAnyOrder("投資信託の乗り換え提案", "債券の満期連絡");
        assertThat(search("カブ", ADMIN)).containsExactly("ｶﾌﾞの相談");
        assertThat(search("strong", ADMIN)).isEmpty();
        assertThat(search("100%", ADMIN)).isEmpty();
        assertThat(search("カブ", SATO)).isEmpty();
    }

    private List<String> search(String text, com.wealthai.crm.core.api.AccessScope scope) {
        NoteFilter filter = new NoteFilter(null, null, null, null, null, null, null, null, text);
        assertThat(queries.count(filter, scope)).isEqualTo(queries.page(filter, NoteSort.TITLE, false, 0, 50, scope).size());
        return queries.page(filter, NoteSort.TITLE, false, 0, 50, scope).stream().map(NoteRow::title).toList();
    }

    @Test
    void filtersCombineAndPagesAreStable() {
        for (int i = 1; i <= 7; i++) {
            create(1, "メモ" + i, null, TODAY.plusDays(i));
        }
        db.write(notes -> notes.create(new NoteInput(2L, NoteType.CALL, "電話", null, TODAY, null, NotePriority.LOW, NoteStatus.OPEN), ADMIN));

        assertThat(queries.page(new NoteFilter(null, null, NoteType.CALL, null, null, null, null, null, null), NoteSort.NOTE_DATE, true, 0, 10, ADMIN))
                .extracting(NoteRow::title).containsExactly("電話");
        assertThat(queries.page(new NoteFilter(1L, null, null, NotePriority.HIGH, NoteStatus.OPEN, TODAY.plusDays(2), TODAY.plusDays(4), null, null),
                NoteSort.FOLLOW_UP_DATE, false, 0, 10, ADMIN)).extracting(NoteRow::title).containsExactly("メモ2", "メモ3", "メモ4");
        assertThat(queries.page(NoteFilter.ofCustomer(1), NoteSort.FOLLOW_UP_DATE, true, 3, 3, ADMIN))
                .extracting(NoteRow::title).containsExactly("メモ4", "メモ3", "メモ2");
        assertThat(queries.count(NoteFilter.ofCustomer(1), ADMIN)).isEqualTo(7);
    }

    @Test
    void theTimelineIsNewestFirst() {
        db.write(notes -> notes.create(new NoteInput(1L, NoteType.VISIT, "古い", null, TODAY.minusDays(10), null, null, null), ADMIN));
        db.write(notes -> notes.create(new NoteInput(1L, NoteType.VISIT, "新しい", null, TODAY, null, null, null), ADMIN));
        db.write(notes -> notes.create(new NoteInput(1L, NoteType.VISIT, "中間", null, TODAY.minusDays(2), null, null, null), ADMIN));

        assertThat(queries.timeline(1, 10, SATO)).extracting(NoteRow::title).containsExactly("新しい", "中間", "古い");
    }

    @Test
    void followUpsTurnOverdueAtMidnightInTokyo() {
        create(1, "今日まで", null, TODAY);
        create(1, "日曜まで", null, LocalDate.of(2026, 11, 29));
        create(1, "来週", null, LocalDate.of(2026, 11, 30));

        db.clock = Clock.fixed(Instant.parse("2026-11-25T14:59:59Z"), ZoneOffset.UTC); // 23:59:59 in Tokyo
        LocalDate beforeMidnight = db.write(SalesNotes::today);
        assertThat(queries.bucketCounts(beforeMidnight, SATO))
                .containsEntry(FollowUpBucket.OVERDUE, 0L).containsEntry(FollowUpBucket.TODAY, 1L).containsEntry(FollowUpBucket.THIS_WEEK, 1L);
        assertThat(queries.overdueCount(beforeMidnight, SATO)).isZero();

        db.clock = Clock.fixed(Instant.parse("2026-11-25T15:00:00Z"), ZoneOffset.UTC); // 00:00 on the 26th in Tokyo
        LocalDate afterMidnight = db.write(SalesNotes::today);
        assertThat(afterMidnight).isEqualTo(TODAY.plusDays(1));
        assertThat(queries.bucketCounts(afterMidnight, SATO))
                .containsEntry(FollowUpBucket.OVERDUE, 1L).containsEntry(FollowUpBucket.TODAY, 0L).containsEntry(FollowUpBucket.THIS_WEEK, 1L);
        assertThat(queries.overdueCount(afterMidnight, SATO)).isEqualTo(1);
        assertThat(queries.followUps(afterMidnight, null, SATO)).extracting(NoteRow::title).containsExactly("今日まで", "日曜まで");
    }

    @Test
    void completeAndPostponeAreOneStepEach() {
        SalesNote overdue = create(1, "期限切れ", null, TODAY.minusDays(3));
        SalesNote dueToday = create(1, "本日", null, TODAY);

        SalesNote postponed = db.write(notes -> notes.postpone(overdue.getId(), overdue.getVersion(), 1, SATO));
        db.write(notes -> notes.complete(dueToday.getId(), dueToday.getVersion(), SATO));

        assertThat(postponed.getFollowUpDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(postponed.getStatus()).isEqualTo(NoteStatus.OPEN);
        assertThat(queries.overdueCount(TODAY, SATO)).isZero();
        NoteRow done = queries.page(new NoteFilter(null, null, null, null, NoteStatus.DONE, null, null, null, null),
                NoteSort.NOTE_DATE, true, 0, 10, SATO).get(0);
        assertThat(done.title()).isEqualTo("本日");
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.updatedBy()).isEqualTo("r001");
    }
}
