package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.ScopeRestriction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Server-side time of the portfolio analysis page's queries (the book analysis with its valuation
 * history) with 100,000 customers and 400,000 holdings on the embedded PostgreSQL: the whole book
 * (ADMIN), a branch of 20 reps (MANAGER), one rep's book of 500 customers, one customer's history.
 * The scope conditions are the SQL the customers module hands out, over a stand-in customers table
 * with that module's index. Not a test: run with
 * {@code mvn -o -pl crm-holdings test -Dtest=BookAnalysisBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the figures it prints.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class BookAnalysisBenchmark {

    private static final int CUSTOMERS = 100_000;
    private static final int REPS = 200;
    private static final int SAMPLES = 20;

    @Test
    void bookAnalysis() throws Exception {
        try (HoldingsDatabase db = new HoldingsDatabase()) {
            db.run(em -> {
                HoldingsDemoData demo = new HoldingsDemoData();
                demo.em = em;
                demo.load();
                em.createNativeQuery("create table customers (id bigint primary key, sales_rep_id bigint not null)").executeUpdate();
                em.createNativeQuery("create table sales_representatives (id bigint primary key, branch varchar(50))").executeUpdate();
                em.createNativeQuery("create index customers_rep_id_idx on customers (sales_rep_id, id)").executeUpdate();
                em.createNativeQuery("insert into sales_representatives select r, 'branch' || (r % 10) from generate_series(1, "
                        + REPS + ") r").executeUpdate();
                em.createNativeQuery("insert into customers select c, 1 + c % " + REPS + " from generate_series(1, " + CUSTOMERS + ") c")
                        .executeUpdate();
                em.createNativeQuery("insert into holdings (customer_id, product_id, quantity, purchase_price, purchase_date,"
                        + " current_price) select c, p.id, 100 * p.price_unit, 1000, date '2025-01-06', 1100"
                        + " from generate_series(1, " + CUSTOMERS + ") c"
                        + " cross join lateral (select id, price_unit from products order by md5(id::text || c::text) limit 4) p")
                        .executeUpdate();
                em.createNativeQuery("analyze").executeUpdate();
            });
            LocalDate today = LocalDate.now(TradeBook.TOKYO);
            ScopeRestriction admin = new ScopeRestriction("TRUE", List.of());
            ScopeRestriction branch = new ScopeRestriction("h.customer_id in (select c.id from customers c join sales_representatives r"
                    + " on r.id = c.sales_rep_id where r.branch = ?)", List.of("branch3"));
            Random random = new Random(42);
            Supplier<ScopeRestriction> rep = () -> new ScopeRestriction(
                    "(TRUE) and (h.customer_id in (select c.id from customers c where c.sales_rep_id = ?))",
                    List.of((long) (1 + random.nextInt(REPS))));
            Supplier<ScopeRestriction> customer = () -> new ScopeRestriction("h.customer_id = ?",
                    List.of((long) (1 + random.nextInt(CUSTOMERS))));
            measure(db, "whole book (ADMIN, 400,000 holdings)", () -> admin, today);
            measure(db, "branch (20 reps, 10,000 customers)", () -> branch, today);
            measure(db, "one rep's book (500 customers)", rep, today);
            measure(db, "one customer", customer, today);
        }
    }

    private static void measure(HoldingsDatabase db, String label, Supplier<ScopeRestriction> scope, LocalDate today) {
        List<Long> analysis = new ArrayList<>();
        for (int i = 0; i < SAMPLES + 5; i++) {
            ScopeRestriction s = scope.get();
            long t0 = System.nanoTime();
            BookAnalysis.Result result = db.inTransaction(em -> new BookAnalysis(em).of(s, today));
            result.analysis().byCategory();
            result.analysis().herfindahlIndex();
            result.analysis().cashInflowsNext12Months(today);
            long t1 = System.nanoTime();
            if (i >= 5) {
                analysis.add((t1 - t0) / 1000);
            }
        }
        System.out.printf("%s: analysis with history median %.1f ms, p95 %.1f ms%n", label,
                percentile(analysis, 50), percentile(analysis, 95));
    }

    private static double percentile(List<Long> micros, int p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1000.0;
    }
}
