package com.wealthai.crm.holdings.application;

import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import com.wealthai.crm.holdings.domain.Trade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Server-side time of a customer's section (valued holdings, portfolio analysis, latest 20
 * transactions) with 100,000 customers, 400,000 holdings and 2,000,000 transactions on the embedded
 * PostgreSQL. Not a test: run with {@code mvn -o -pl crm-holdings test -Dtest=CustomerSectionBenchmark -Dbenchmark=true}
 * and read the figures it prints.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CustomerSectionBenchmark {

    private static final int CUSTOMERS = 100_000;
    private static final int SAMPLES = 300;

    @Test
    void customerSection() throws Exception {
        try (HoldingsDatabase db = new HoldingsDatabase()) {
            long start = System.nanoTime();
            db.run(em -> {
                HoldingsDemoData demo = new HoldingsDemoData();
                demo.em = em;
                demo.load();
                // 4 holdings per customer over the 15 demo products, 5 transactions per holding.
                em.createNativeQuery("insert into holdings (customer_id, product_id, quantity, purchase_price, purchase_date,"
                        + " current_price) select c, p.id, 100 * p.price_unit, 1000, date '2025-01-06', 1100"
                        + " from generate_series(1, " + CUSTOMERS + ") c"
                        + " cross join lateral (select id, price_unit from products order by md5(id::text || c::text) limit 4) p")
                        .executeUpdate();
                em.createNativeQuery("insert into transactions (customer_id, product_id, trade_date, transaction_type, quantity,"
                        + " unit_price, fees, entered_by) select h.customer_id, h.product_id, date '2025-01-06' + n * 30, 'BUY',"
                        + " 20 * p.price_unit, 1000, 0, 'bench' from holdings h join products p on p.id = h.product_id,"
                        + " generate_series(1, 5) n").executeUpdate();
                em.createNativeQuery("analyze").executeUpdate();
            });
            System.out.printf("data loaded in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
            Random random = new Random(42);
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < SAMPLES + 50; i++) {
                long customerId = 1 + random.nextInt(CUSTOMERS);
                long t0 = System.nanoTime();
                db.run(em -> {
                    List<HoldingView> views = new Valuation(em).ofCustomer(customerId, LocalDate.now());
                    PortfolioAnalysis analysis = new PortfolioAnalysis(
                            views.stream().map(Valuation::forAnalysis).filter(Objects::nonNull).toList());
                    analysis.byCategory();
                    analysis.herfindahlIndex();
                    analysis.cashInflowsNext12Months(LocalDate.now());
                    em.createQuery("select t from Trade t join fetch t.product where t.customerId = :c"
                                    + " order by t.tradeDate desc, t.id desc", Trade.class)
                            .setParameter("c", customerId).setMaxResults(20).getResultList();
                });
                if (i >= 50) { // the first 50 warm up the JIT and the connection
                    micros.add((System.nanoTime() - t0) / 1000);
                }
            }
            Collections.sort(micros);
            System.out.printf("customer section over %d customers: median %.1f ms, p95 %.1f ms, max %.1f ms%n", SAMPLES,
                    micros.get(SAMPLES / 2) / 1000.0, micros.get(SAMPLES * 95 / 100) / 1000.0, micros.get(SAMPLES - 1) / 1000.0);
        }
    }
}
