package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.api.ScopeRestriction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The performance figures of the notes with 300,000 notes over 30,000 customers of 100 reps in 10
 * branches, on the embedded PostgreSQL: a customer's timeline, a rep's and a manager's follow-ups,
 * and Japanese text search. Not part of the suite (the name does not end in Test); run it with
 * {@code mvn -o -pl crm-notes test -Dtest=NotesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * It prints median and 95th percentile server times, measured at the JDBC call.
 */
class NotesBenchmark {

    private static final int NOTES = 300_000;
    private static final int CUSTOMERS = 30_000;
    private static final int REPS = 100;
    private static final int RUNS = 60;

    private static NotesDatabase db;

    /** Scope as crm-customers gives it: a sub-select on its customers table (here a stand-in table). */
    private static class TableBackedCustomers extends BookOfCustomers {
        @Override
        public ScopeRestriction restriction(AccessScope scope, String column) {
            return switch (scope.reach()) {
                case ALL -> new ScopeRestriction("TRUE", List.of());
                case OWN_BOOK -> new ScopeRestriction(column + " in (select c.customer_id from bench_customers c where c.sales_rep_id = ?)",
                        List.of(scope.salesRepId()));
                case BRANCH -> new ScopeRestriction(column + " in (select c.customer_id from bench_customers c where c.branch = ?)",
                        List.of(scope.branch()));
                case NONE -> new ScopeRestriction("FALSE", List.of());
            };
        }
    }

    @BeforeAll
    static void fill() {
        db = new NotesDatabase();
        long start = System.nanoTime();
        db.execute("create table bench_customers (customer_id bigint primary key, sales_rep_id bigint not null, branch varchar(50) not null)");
        db.execute("create index on bench_customers (sales_rep_id)");
        db.execute("create index on bench_customers (branch)");
        db.execute("insert into bench_customers select i, 1 + (i % " + REPS + "), '支店' || (1 + (i % " + REPS + ") % 10) "
                + "from generate_series(1, " + CUSTOMERS + ") i");
        String words = "array['投資信託','乗り換え','提案','国債','償還','再投資','NISA','つみたて','外国株式','分散投資','相続','税理士',"
                + "'社債','募集','セミナー','リスク','許容度','年金','教育資金','ESG','ファンド','ポートフォリオ','配当金','住宅購入',"
                + "'市況','金利','為替','目論見書','口座開設','約定']";
        // notes of the last three years; those of the last 60 days may still be open, older ones are done or cancelled
        db.execute("insert into sales_notes (customer_id, sales_rep_id, note_type, title, content, search_text, note_date, follow_up_date, priority, status) "
                + "select c, 1 + (c % " + REPS + "), (array['VISIT','CALL','EMAIL','MEETING','PROPOSAL','OTHER'])[1 + (r * 6)::int % 6], t, '<p>' || body || '</p>', "
                + "lower(t || ' ' || body), d, case when r < 0.5 then d + (1 + (r * 1000)::int % 30) end, (array['HIGH','MEDIUM','LOW'])[1 + (r * 3000)::int % 3], "
                + "case when d < date '2026-11-25' - 60 then (case when r < 0.95 then 'DONE' else 'CANCELLED' end) "
                + "when r < 0.3 then 'DONE' when r < 0.4 then 'IN_PROGRESS' else 'OPEN' end "
                + "from (select i, r, 1 + (random() * " + (CUSTOMERS - 1) + ")::int as c, date '2026-11-25' - (random() * 1095)::int as d, "
                + "w[1 + i % 30] || 'の' || w[1 + (i / 30) % 30] || 'について' as t, "
                + "'お客様と' || w[1 + (i / 7) % 30] || 'と' || w[1 + (i / 11) % 30] || 'を相談。次回は' || w[1 + (i / 13) % 30] || 'を説明する。 #' || i as body "
                + "from (select i, random() as r from generate_series(1, " + NOTES + ") i) s, (select " + words + " as w) words) g");
        db.execute("analyze");
        System.out.printf("NotesBenchmark: %,d notes over %,d customers loaded in %.1f s%n", NOTES, CUSTOMERS, (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void figures() {
        NoteQueries queries = db.queries();
        queries.customers = new TableBackedCustomers();
        LocalDate today = LocalDate.of(2026, 11, 25);
        AccessScope rep = new AccessScope(2, "r042", Set.of(Role.REP), 42L, "支店3");
        AccessScope manager = new AccessScope(3, "manager", Set.of(Role.MANAGER), null, "支店3");
        AccessScope admin = NotesDatabase.ADMIN;

        measure("customer timeline (rep, 20 newest)", () -> queries.timeline(141, 20, rep));
        measure("rep follow-ups (overdue/today/this week)", () -> queries.followUps(today, null, rep));
        measure("manager follow-ups (branch of 10 reps)", () -> queries.followUps(today, null, manager));
        measure("menu badge: overdue count (rep)", () -> queries.overdueCount(today, rep));
        measure("text search 'つみたて' page 1 + count (admin)", () -> searchPage(queries, "つみたて", admin));
        measure("text search '#12345' page 1 + count (admin, rare)", () -> searchPage(queries, "#12345", admin));
        measure("text search '税理士' page 1 + count (rep)", () -> searchPage(queries, "税理士", rep));
        measure("notes list page 1 + count, no filter (admin)", () -> searchPage(queries, null, admin));
    }

    private static int searchPage(NoteQueries queries, String text, AccessScope scope) {
        NoteFilter filter = new NoteFilter(null, null, null, null, null, null, null, null, text);
        return queries.page(filter, NoteSort.NOTE_DATE, true, 0, 25, scope).size() + (int) queries.count(filter, scope);
    }

    private static void measure(String what, Supplier<Object> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Double> millis = new ArrayList<>();
        Object result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = query.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        String size = result instanceof List<?> list ? list.size() + " rows" : String.valueOf(result);
        System.out.printf("NotesBenchmark: %-50s median %6.1f ms  p95 %6.1f ms  (%s)%n", what,
                millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)), size);
    }
}
