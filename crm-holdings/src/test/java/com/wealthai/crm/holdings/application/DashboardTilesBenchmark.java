package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.application.CustomerDirectoryBean;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Server-side time of the dashboard tiles 適合性アラート and 90日以内の満期 (and, for comparison, the
 * assets-under-management totals) at full scale: 100,000 customers over 200 reps in 20 branches,
 * 400,000 holdings over 1,000 products with a year of daily prices, on the embedded PostgreSQL with
 * the real customers schema (its migrations, indexes included) and the real scope and risk-tolerance
 * SQL of {@link CustomerDirectoryBean} (a test may reach past the api package; the main code may not).
 * Not a test: run with {@code mvn -o -pl crm-holdings test -Dtest=DashboardTilesBenchmark -Dbenchmark=true}
 * and read the figures and plans it prints.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DashboardTilesBenchmark {

    private static final int CUSTOMERS = 100_000;
    private static final int REPS = 200;
    private static final int PRODUCTS = 1_000;
    private static final int RUNS = 20;
    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    private static final AccessScope MANAGER = new AccessScope(2, "m01", Set.of(Role.MANAGER), null, "支店01");
    private static final AccessScope REP = new AccessScope(3, "r001", Set.of(Role.REP), 1L, "支店01");

    @Test
    void dashboardTiles() throws Exception {
        try (HoldingsDatabase db = new HoldingsDatabase(List.of(new CustomersModule()))) {
            long start = System.nanoTime();
            db.run(DashboardTilesBenchmark::load);
            // steady state: autovacuum sets the visibility map after a bulk insert, so index-only scans read no heap
            db.execute("vacuum analyze");
            System.out.printf("data loaded in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
            CustomerDirectory directory = withoutDecryption(new CustomerDirectoryBean());
            LocalDate today = LocalDate.now(TradeBook.TOKYO);
            for (AccessScope scope : Boolean.getBoolean("benchmark.plans") ? List.<AccessScope>of() : List.of(ADMIN, MANAGER, REP)) {
                time(db, scope.login() + " suitability alerts", em -> {
                    SuitabilityAlerts a = new BookHoldings(em, directory, SuitabilityPolicy.defaults()).unsuitable(scope, today, 8);
                    if (scope == ADMIN && a.largest().size() < 8) {
                        throw new IllegalStateException("expected alerts: " + a);
                    }
                });
                time(db, scope.login() + " aged 75+ holding risk 4-5", em ->
                        new BookHoldings(em, directory).elderlyHighRisk(scope, today, 5));
                time(db, scope.login() + " maturities 90 days", em ->
                        new BookHoldings(em, directory).maturing(scope, today, today.plusDays(90), 10));
                time(db, scope.login() + " book totals (AUM tile)", em ->
                        new BookHoldings(em, directory).totals(HoldingFilter.none(), scope, today));
            }
            if (Boolean.getBoolean("benchmark.plans")) { // the plans of the admin's tile queries, in the database log
                db.run(em -> {
                    em.createNativeQuery("load 'auto_explain'").executeUpdate();
                    em.createNativeQuery("set auto_explain.log_min_duration = 0").executeUpdate();
                    em.createNativeQuery("set auto_explain.log_analyze = on").executeUpdate();
                    em.createNativeQuery("set auto_explain.log_buffers = on").executeUpdate();
                    new BookHoldings(em, directory, SuitabilityPolicy.defaults()).unsuitable(ADMIN, today, 8);
                    new BookHoldings(em, directory).maturing(ADMIN, today, today.plusDays(90), 10);
                });
            }
            db.run(em -> {
                SuitabilityAlerts a = new BookHoldings(em, directory, SuitabilityPolicy.defaults()).unsuitable(ADMIN, today, 8);
                Maturities m = new BookHoldings(em, directory).maturing(ADMIN, today, today.plusDays(90), 10);
                System.out.printf("admin: %d unsuitable positions over %d customers; %d positions maturing within 90 days%n",
                        a.positions(), a.customers(), m.positions());
            });
        }
    }

    private static void load(jakarta.persistence.EntityManager em) {
        em.createNativeQuery("insert into sales_representatives (rep_code, name, branch)"
                + " select 'R' || lpad(r::text, 3, '0'), '担当' || r, '支店' || lpad(((r - 1) / 10 + 1)::text, 2, '0')"
                + " from generate_series(1, " + REPS + ") r").executeUpdate();
        // the encrypted personal fields as long as the real ciphertexts, so the table is as wide as in production
        em.createNativeQuery("insert into customers (customer_code, customer_type, name, name_kana, birth_date, phone, email,"
                + " address, annual_income, net_worth, birth_year, risk_tolerance, investment_experience, sales_rep_id, search_text)"
                + " select 'C' || lpad(c::text, 6, '0'), 'INDIVIDUAL', '顧客' || c, 'コキャク' || c,"
                + " repeat('x', 60), repeat('x', 70), repeat('x', 90), repeat('x', 150), repeat('x', 60), repeat('x', 60), 1930 + c % 75,"
                + " (array['CONSERVATIVE','STABLE_GROWTH','GROWTH','AGGRESSIVE'])[1 + c % 4], 'NONE', 1 + c % " + REPS + ","
                + " 'こきゃく' || c from generate_series(1, " + CUSTOMERS + ") c").executeUpdate();
        // a third of the products mature, spread over the next ten years; a tenth are in dollars
        em.createNativeQuery("insert into products (product_code, name, category, currency, maturity_date, risk_level, price_unit)"
                + " select 'P' || i, '商品' || i, (array['国内株式','投資信託','国内債券','外国債券','ETF'])[1 + i % 5],"
                + " case when i % 10 = 0 then 'USD' else 'JPY' end,"
                + " case when i % 3 = 0 then current_date + (i * 37) % 3650 end, 1 + i % 5,"
                + " case when i % 3 = 0 then 100 else 1 end from generate_series(1, " + PRODUCTS + ") i").executeUpdate();
        em.createNativeQuery("insert into product_prices (product_id, price_date, price)"
                + " select p.id, current_date - d, 100 + (p.id % 50) + d % 7 from products p, generate_series(0, 364) d").executeUpdate();
        em.createNativeQuery("insert into fx_rates (currency, rate_date, jpy_rate)"
                + " select 'USD', current_date - d, 150 + d % 5 from generate_series(0, 364) d").executeUpdate();
        // 4 distinct products per customer (k × 104,729 mod 1,000 differ for k = 1..4)
        em.createNativeQuery("insert into holdings (customer_id, product_id, quantity, purchase_price, purchase_date, current_price)"
                + " select c.id, 1 + (c.id * 7919 + k * 104729) % " + PRODUCTS + ", 100, 100, current_date - 200, 105"
                + " from customers c, generate_series(1, 4) k").executeUpdate();
    }

    /**
     * The real SQL conditions; names and ages (which the server decrypts) stood in by 75 for everyone,
     * so the 75+ figure leaves out decrypting the borderline year's birth dates (about 1,300 here).
     */
    private static CustomerDirectory withoutDecryption(CustomerDirectoryBean real) {
        return new CustomerDirectory() {
            @Override
            public java.util.Optional<com.wealthai.crm.customers.api.CustomerSummary> find(long id, AccessScope scope) {
                return java.util.Optional.ofNullable(findAll(List.of(id), scope).get(id));
            }

            @Override
            public java.util.Map<Long, com.wealthai.crm.customers.api.CustomerSummary> findAll(java.util.Collection<Long> ids, AccessScope scope) {
                java.util.Map<Long, com.wealthai.crm.customers.api.CustomerSummary> found = new java.util.HashMap<>();
                ids.forEach(id -> found.put(id, new com.wealthai.crm.customers.api.CustomerSummary(id, "C" + id, "顧客" + id, "コキャク",
                        com.wealthai.crm.customers.api.CustomerType.INDIVIDUAL, null, null, 75, 1, "担当", "支店01")));
                return found;
            }

            @Override
            public com.wealthai.crm.customers.api.ScopeRestriction restriction(AccessScope scope, String column) {
                return real.restriction(scope, column);
            }

            @Override
            public com.wealthai.crm.customers.api.ScopeRestriction riskAboveTolerance(String column, String riskLevelSql,
                    java.util.Map<com.wealthai.crm.customers.api.RiskTolerance, Integer> maxRiskLevel) {
                return real.riskAboveTolerance(column, riskLevelSql, maxRiskLevel);
            }

            @Override
            public com.wealthai.crm.customers.api.ScopeRestriction bornInOrBefore(int year, String column) {
                return real.bornInOrBefore(year, column);
            }

            @Override
            public List<com.wealthai.crm.customers.api.SalesRepSummary> salesReps(AccessScope scope) {
                return List.of();
            }
        };
    }

    private static void time(HoldingsDatabase db, String what, Consumer<jakarta.persistence.EntityManager> work) {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            long t0 = System.nanoTime();
            db.run(work);
            if (i >= 5) { // the first five warm up the JIT, the connection and the buffers
                micros.add((System.nanoTime() - t0) / 1000);
            }
        }
        Collections.sort(micros);
        System.out.printf("%-34s median %6.1f ms, max %6.1f ms%n", what, micros.get(RUNS / 2) / 1000.0, micros.get(RUNS - 1) / 1000.0);
    }
}
