package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product master's upkeep on a real PostgreSQL: a page at a time, filtered and sorted; adding and
 * changing a product with every broken rule named and nothing written; a taken code, a stale version
 * and a non-administrator refused; each write audited and the dashboard's figures forgotten.
 */
class ProductCatalogTest {

    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    private static final AccessScope REP = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "東京");

    private static HoldingsDatabase db;
    private static final List<String> audited = new CopyOnWriteArrayList<>();
    private static final List<String> forgotten = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        db = new HoldingsDatabase();
        db.run(em -> {
            for (int i = 1; i <= 60; i++) {
                Product p = new Product(String.format("F%03d", i), "投信ファンド" + i, "投資信託", "JPY", 1 + i % 5, new BigDecimal("10000"));
                p.setActive(i % 10 != 0);
                em.persist(p);
            }
            em.persist(new Product("7203", "トヨタ自動車", "国内株式", "JPY", 4, BigDecimal.ONE));
            Product bond = new Product("UST-2Y", "米国債 2年", "外国債券", "USD", 2, new BigDecimal("100"));
            bond.setMaturityDate(LocalDate.of(2027, 3, 31));
            em.persist(bond);
        });
        CustomerSummary c = new CustomerSummary(1, "C1", "顧客", "コキャク", CustomerType.INDIVIDUAL, RiskTolerance.AGGRESSIVE,
                null, 50, 1L, "担当", "東京");
        db.run(em -> new TradeBook(em, HoldingsDatabase.englishMessages(), SuitabilityPolicy.defaults()).record(c,
                new TradeRequest(1, "7203", "BUY", LocalDate.of(2026, 4, 1), new BigDecimal("100"), new BigDecimal("2500"),
                        BigDecimal.ZERO, null), "r001"));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @BeforeEach
    void forget() {
        audited.clear();
        forgotten.clear();
    }

    private static ProductCatalog catalog(EntityManager em, AccessScope caller) {
        ProductCatalog catalog = new ProductCatalog();
        catalog.em = em;
        catalog.scopes = () -> caller;
        catalog.audit = (action, module, type, id, detail) -> audited.add(action + " " + type + " " + id + " " + detail);
        catalog.messages = HoldingsDatabase.englishMessages();
        catalog.figures = new BookFigures() {
            @Override
            public <T> T get(String figure, AccessScope scope, Supplier<T> compute) {
                return compute.get();
            }

            @Override
            public void changed(String figurePrefix, Long salesRepId, String branch) {
                forgotten.add(figurePrefix + " " + salesRepId + " " + branch);
            }
        };
        return catalog;
    }

    private static <T> T as(AccessScope caller, java.util.function.Function<ProductCatalog, T> work) {
        return db.inTransaction(em -> work.apply(catalog(em, caller)));
    }

    private static long count(ProductFilter filter) {
        return db.inTransaction(em -> catalog(em, ADMIN).count(filter));
    }

    private static List<Product> page(ProductFilter filter, ProductSort sort, boolean descending, int first, int size) {
        return db.inTransaction(em -> catalog(em, ADMIN).page(filter, sort, descending, first, size));
    }

    private static Product find(String code) {
        return db.inTransaction(em -> catalog(em, ADMIN).find(code));
    }

    private static ProductInput fund(String code, Integer risk) {
        return new ProductInput(code, "グローバル債券ファンド", "投資信託", "jpy ", "ウェルス投信", null, null, risk,
                new BigDecimal("10000"), new BigDecimal("1.65"), new BigDecimal("10000"), true);
    }

    private static ProductInput edited(Product p, String name, int risk, boolean active) {
        return new ProductInput(null, name, p.getCategory(), p.getCurrency(), p.getIssuer(), p.getMaturityDate(), p.getInterestRate(),
                risk, p.getMinimumInvestment(), p.getCommissionRate(), p.getPriceUnit(), active);
    }

    private static long products() {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from products").getSingleResult()).longValue());
    }

    @Test
    void theMasterIsBrowsedAPageAtATimeFilteredAndSorted() {
        assertThat(count(ProductFilter.none())).isGreaterThanOrEqualTo(62);
        List<Product> first = page(ProductFilter.none(), ProductSort.CODE, false, 0, 25);
        assertThat(first).hasSize(25).extracting(Product::getProductCode).startsWith("7203", "F001", "F002");
        assertThat(page(ProductFilter.none(), ProductSort.CODE, false, 50, 25)).hasSizeLessThanOrEqualTo(25)
                .extracting(Product::getProductCode).doesNotContainAnyElementsOf(first.stream().map(Product::getProductCode).toList());

        ProductFilter inactiveFunds = new ProductFilter("f0", "投資信託", false);
        assertThat(count(inactiveFunds)).isEqualTo(6);
        assertThat(page(inactiveFunds, ProductSort.CODE, true, 0, 3)).extracting(Product::getProductCode)
                .containsExactly("F060", "F050", "F040");
        assertThat(page(new ProductFilter("トヨタ", null, null), ProductSort.CODE, false, 0, 25))
                .extracting(Product::getProductCode).containsExactly("7203");
        assertThat(page(new ProductFilter("%", null, null), ProductSort.CODE, false, 0, 25)).isEmpty();
        assertThat(page(ProductFilter.none(), ProductSort.MATURITY, false, 0, 1))
                .extracting(Product::getProductCode).containsExactly("UST-2Y");
        assertThat(page(new ProductFilter(null, "投資信託", true), ProductSort.RISK, true, 0, 1))
                .singleElement().satisfies(p -> assertThat(p.getRiskLevel()).isEqualTo(5));
    }

    @Test
    void anAdministratorAddsAProductWhichIsAuditedAndForgetsTheDashboardFigures() {
        Product added = as(ADMIN, c -> c.add(fund("GBF-01", 2)));

        Product stored = find("GBF-01");
        assertThat(stored.getId()).isEqualTo(added.getId());
        assertThat(stored.getCurrency()).isEqualTo("JPY");
        assertThat(stored.getCommissionRate()).isEqualByComparingTo("1.65");
        assertThat(stored.getPriceUnit()).isEqualByComparingTo("10000");
        assertThat(audited).containsExactly(AuditAction.CREATE + " product GBF-01 null");
        assertThat(forgotten).containsExactly("holdings. null null");
    }

    @Test
    void aTakenCodeIsAConflictAndNothingIsAdded() {
        long before = products();
        assertThatThrownBy(() -> as(ADMIN, c -> c.add(fund("7203", 3))))
                .isInstanceOf(ConflictException.class).hasMessage("Product code 7203 is already taken. Enter another code.");
        assertThatThrownBy(() -> as(ADMIN, c -> c.add(fund("ust-2y", 3)))).isInstanceOf(ConflictException.class);
        assertThat(products()).isEqualTo(before);
        assertThat(audited).isEmpty();
        assertThat(forgotten).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAtOnceAndNothingIsSaved() {
        long before = products();
        ProductInput bad = new ProductInput("コード 1", " ", "株", "US", "x".repeat(201), null, new BigDecimal("-0.1"), 7,
                new BigDecimal("-1"), new BigDecimal("0.12345"), BigDecimal.ZERO, true);

        assertThatThrownBy(() -> as(ADMIN, c -> c.add(bad))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("product_code", "name", "category", "currency",
                        "issuer", "interest_rate", "risk_level", "minimum_investment", "commission_rate", "price_unit"));
        assertThat(products()).isEqualTo(before);

        Product toyota = find("7203");
        assertThatThrownBy(() -> as(ADMIN, c -> c.update("7203", toyota.getVersion(), edited(toyota, "トヨタ（改）", 6, true))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("risk_level", "Enter a risk level from 1 to 5.")));
        Product after = find("7203");
        assertThat(after.getName()).isEqualTo("トヨタ自動車");
        assertThat(after.getVersion()).isEqualTo(toyota.getVersion());
        assertThat(audited).isEmpty();
    }

    @Test
    void anEditIsSavedAuditedByFieldAndTheVersionMovesOn() {
        Product bond = find("UST-2Y");
        as(ADMIN, c -> c.update("UST-2Y", bond.getVersion(), edited(bond, "米国債 2年（2027年3月償還）", 3, false)));

        Product after = find("UST-2Y");
        assertThat(after.getName()).isEqualTo("米国債 2年（2027年3月償還）");
        assertThat(after.getRiskLevel()).isEqualTo(3);
        assertThat(after.isActive()).isFalse();
        assertThat(after.getVersion()).isEqualTo(bond.getVersion() + 1);
        assertThat(audited).containsExactly(AuditAction.UPDATE + " product UST-2Y name,risk_level,active");
        assertThat(forgotten).containsExactly("holdings. null null");
    }

    @Test
    void anEditOverSomeoneElsesSaveIsRefusedAndTheirsIsKept() {
        Product read = find("F001");
        as(ADMIN, c -> c.update("F001", read.getVersion(), edited(read, "先に保存した名前", read.getRiskLevel(), true)));

        assertThatThrownBy(() -> as(ADMIN, c -> c.update("F001", read.getVersion(), edited(read, "後から保存した名前", 5, true))))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageStartingWith("Someone else saved this product after you opened it.");
        assertThat(find("F001").getName()).isEqualTo("先に保存した名前");
    }

    @Test
    void theUnitOfAHeldProductCannotChange() {
        Product toyota = find("7203");
        ProductInput hundredShares = new ProductInput(null, toyota.getName(), toyota.getCategory(), "JPY", null, null, null, 4,
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("100"), true);
        assertThatThrownBy(() -> as(ADMIN, c -> c.update("7203", toyota.getVersion(), hundredShares)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("price_unit"));
        assertThat(find("7203").getPriceUnit()).isEqualByComparingTo("1");
    }

    @Test
    void aNonAdministratorCannotAddOrEdit() {
        long before = products();
        assertThatThrownBy(() -> as(REP, c -> c.add(fund("REP-01", 2))))
                .isInstanceOf(RecordNotFoundException.class).hasMessage("No product REP-01.");
        Product f002 = find("F002");
        assertThatThrownBy(() -> as(REP, c -> c.update("F002", f002.getVersion(), edited(f002, "rep", 1, true))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(products()).isEqualTo(before);
        assertThat(find("F002").getName()).isEqualTo(f002.getName());
        assertThat(audited).isEmpty();
    }
}
