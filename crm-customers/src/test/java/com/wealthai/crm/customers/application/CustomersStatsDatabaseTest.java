package com.wealthai.crm.customers.application;

import static com.wealthai.crm.customers.application.CustomersDatabase.ADMIN;
import static com.wealthai.crm.customers.application.CustomersDatabase.MANAGER;
import static com.wealthai.crm.customers.application.CustomersDatabase.NOBODY;
import static com.wealthai.crm.customers.application.CustomersDatabase.SATO;
import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customers' stats figures and dashboard counts on a real PostgreSQL with the demo book, per scope. */
class CustomersStatsDatabaseTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @RegisterExtension
    static final CustomersDatabase db = new CustomersDatabase();

    private static Map<String, Number> figures(AccessScope scope, Clock clock) {
        AtomicReference<Map<String, Number>> result = new AtomicReference<>();
        db.run(em -> {
            CustomersStats stats = new CustomersStats();
            stats.figures = db.figures(em);
            stats.salesReps = new SalesReps();
            stats.salesReps.em = em;
            stats.clock = clock;
            stats.bookFigures = BookFigures.none();
            result.set(stats.figures(scope));
        });
        return result.get();
    }

    @Test
    void theFiguresAreTheSeedsForAnAdministratorAndTheBookForARep() {
        Clock now = Clock.system(TOKYO);

        assertThat(figures(ADMIN, now)).containsEntry("customers_total", 18L).containsEntry("customers_individual", 16L)
                .containsEntry("customers_corporate", 2L).containsEntry("sales_reps_total", 7);
        assertThat(figures(MANAGER, now)).containsEntry("customers_total", 8L).containsEntry("customers_corporate", 1L)
                .containsEntry("sales_reps_total", 3);
        assertThat(figures(SATO, now)).containsEntry("customers_total", 3L).containsEntry("customers_corporate", 0L)
                .containsEntry("sales_reps_total", 1);
        assertThat(figures(NOBODY, now)).containsEntry("customers_total", 0L).containsEntry("sales_reps_total", 0);
    }

    @Test
    void newThisMonthCountsFromMidnightOfTheFirstInTokyo() {
        LocalDate firstOfNextMonth = LocalDate.now(TOKYO).plusMonths(1).withDayOfMonth(1);
        Clock midMonth = Clock.fixed(firstOfNextMonth.plusDays(14).atStartOfDay(TOKYO).toInstant(), TOKYO);
        try {
            db.execute("update customers set created_at = timestamptz '" + firstOfNextMonth + " 00:00:00+09' where customer_code = 'C0001'");
            db.execute("update customers set created_at = timestamptz '" + firstOfNextMonth + " 00:00:00+09' - interval '1 second'"
                    + " where customer_code = 'C0002'");

            assertThat(figures(SATO, midMonth)).containsEntry("customers_new_this_month", 1L);
            assertThat(figures(ADMIN, Clock.system(TOKYO))).containsEntry("customers_new_this_month", 18L);
        } finally {
            db.execute("update customers set created_at = now() where customer_code in ('C0001', 'C0002')");
        }
    }

    @Test
    void theDashboardCountsByRiskAndByRepStayWithinTheScope() {
        AtomicReference<Map<RiskTolerance, Long>> all = new AtomicReference<>();
        AtomicReference<Map<RiskTolerance, Long>> sato = new AtomicReference<>();
        AtomicReference<Map<SalesRepSummary, Long>> branch = new AtomicReference<>();
        db.run(em -> {
            all.set(db.figures(em).byRiskTolerance(ADMIN));
            sato.set(db.figures(em).byRiskTolerance(SATO));
            branch.set(db.figures(em).bySalesRep(MANAGER));
        });

        assertThat(all.get()).containsExactly(Map.entry(RiskTolerance.CONSERVATIVE, 6L), Map.entry(RiskTolerance.STABLE_GROWTH, 5L),
                Map.entry(RiskTolerance.GROWTH, 4L), Map.entry(RiskTolerance.AGGRESSIVE, 3L));
        assertThat(sato.get()).containsExactly(Map.entry(RiskTolerance.CONSERVATIVE, 1L), Map.entry(RiskTolerance.STABLE_GROWTH, 1L),
                Map.entry(RiskTolerance.GROWTH, 1L), Map.entry(RiskTolerance.AGGRESSIVE, 0L));
        Map<String, Long> byCode = new LinkedHashMap<>();
        branch.get().forEach((rep, n) -> byCode.put(rep.repCode(), n));
        assertThat(byCode).containsExactly(Map.entry("R001", 3L), Map.entry("R002", 2L), Map.entry("R003", 3L));
    }
}
