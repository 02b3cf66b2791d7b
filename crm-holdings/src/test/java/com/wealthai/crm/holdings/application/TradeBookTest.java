package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.holdings.domain.Holding;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import com.wealthai.crm.holdings.domain.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recording trades on a real PostgreSQL: the holding follows its transactions, bad trades change nothing. */
class TradeBookTest {

    private static HoldingsDatabase db;
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @BeforeAll
    static void start() throws Exception {
        db = new HoldingsDatabase();
        db.run(em -> {
            em.persist(new Product("7203", "トヨタ自動車", "国内株式", "JPY", 4, BigDecimal.ONE));
            em.persist(new Product("JGB10", "個人向け国債10年", "国内債券", "JPY", 1, new BigDecimal("100")));
            Product retired = new Product("OLD1", "償還済みファンド", "投資信託", "JPY", 3, new BigDecimal("10000"));
            retired.setActive(false);
            em.persist(retired);
        });
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static CustomerSummary customer(long id, RiskTolerance tolerance, Integer age) {
        return new CustomerSummary(id, "C" + id, "顧客" + id, "コキャク", CustomerType.INDIVIDUAL, tolerance, null, age,
                1L, "担当", "東京");
    }

    private static TradeRequest trade(long customerId, String code, String type, String qty, String price, String fees,
                                      String reason) {
        return new TradeRequest(customerId, code, type, DAY, new BigDecimal(qty), new BigDecimal(price),
                new BigDecimal(fees), reason);
    }

    private static RecordedTrade record(CustomerSummary c, TradeRequest r) {
        return db.inTransaction(em -> new TradeBook(em, HoldingsDatabase.englishMessages(), SuitabilityPolicy.defaults())
                .record(c, r, "r001"));
    }

    private static Holding holding(long customerId, String code) {
        return db.inTransaction(em -> em.createQuery(
                        "select h from Holding h where h.customerId = :c and h.product.productCode = :p", Holding.class)
                .setParameter("c", customerId).setParameter("p", code).getSingleResult());
    }

    private static List<Trade> history(long customerId) {
        return db.inTransaction(em -> em.createQuery("select t from Trade t where t.customerId = :c order by t.id", Trade.class)
                .setParameter("c", customerId).getResultList());
    }

    @Test
    void buysAndASellKeepTheHoldingConsistentWithTheHistory() {
        CustomerSummary c = customer(1, RiskTolerance.GROWTH, 50);
        record(c, trade(1, "7203", "BUY", "100", "1000", "1100", null));
        record(c, trade(1, "7203", "BUY", "200", "1300", "2200", null));
        RecordedTrade sale = record(c, trade(1, "7203", "SELL", "150", "1500", "1650", null));

        assertThat(sale.realisedGain()).isEqualByComparingTo("41700");
        Holding h = holding(1, "7203");
        assertThat(h.getQuantity()).isEqualByComparingTo("150");
        assertThat(h.getPurchasePrice()).isEqualByComparingTo("1211");
        assertThat(h.getRealizedGainLoss()).isEqualByComparingTo("41700");
        assertThat(h.getPurchaseDate()).isEqualTo(DAY);
        assertThat(history(1)).extracting(t -> t.getType().name()).containsExactly("BUY", "BUY", "SELL");
        assertThat(history(1).get(2).getRealizedGainLoss()).isEqualByComparingTo("41700");
        assertThat(history(1)).allMatch(t -> t.getEnteredBy().equals("r001"));
    }

    @Test
    void sellingMoreThanHeldIsAConflictAndWritesNothing() {
        CustomerSummary c = customer(2, RiskTolerance.GROWTH, 50);
        record(c, trade(2, "7203", "BUY", "100", "1000", "0", null));

        assertThatThrownBy(() -> record(c, trade(2, "7203", "SELL", "101", "1000", "0", null)))
                .isInstanceOf(ConflictException.class).hasMessage("Cannot sell 101: the customer holds only 100.");
        assertThat(holding(2, "7203").getQuantity()).isEqualByComparingTo("100");
        assertThat(history(2)).hasSize(1);
    }

    @Test
    void invalidInputNamesEachFieldAndWritesNothing() {
        CustomerSummary c = customer(3, RiskTolerance.GROWTH, 50);
        TradeRequest bad = new TradeRequest(3, "OLD1", "SWAP", LocalDate.now().plusDays(3), BigDecimal.ZERO,
                new BigDecimal("-1"), new BigDecimal("-5"), null);

        assertThatThrownBy(() -> record(c, bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("product_code", "transaction_type", "trade_date", "quantity", "unit_price", "fees"));
        assertThat(history(3)).isEmpty();
    }

    @Test
    void aBuyAboveToleranceNeedsAReasonWhichIsStored() {
        CustomerSummary conservative = customer(4, RiskTolerance.CONSERVATIVE, 60);

        assertThatThrownBy(() -> record(conservative, trade(4, "7203", "BUY", "100", "1000", "0", " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("suitability_reason"));

        RecordedTrade ok = record(conservative, trade(4, "7203", "BUY", "100", "1000", "0", "お客様の強い希望、リスク説明済み"));
        assertThat(ok.flags()).extracting(SuitabilityFlag::kind).containsExactly(SuitabilityFlag.Kind.ABOVE_TOLERANCE);
        assertThat(history(4).get(0).getSuitabilityReason()).isEqualTo("お客様の強い希望、リスク説明済み");
        // Selling an unsuitable product needs no reason.
        record(conservative, trade(4, "7203", "SELL", "100", "1000", "0", null));
    }

    @Test
    void anElderlyCustomerBuyingHighRiskIsMarkedForApproval() {
        RecordedTrade t = record(customer(5, RiskTolerance.AGGRESSIVE, 78), trade(5, "7203", "BUY", "10", "1000", "0", null));

        assertThat(t.needsApproval()).isTrue();
        assertThat(history(5).get(0).isNeedsApproval()).isTrue();
    }

    @Test
    void aPreviewShowsTheResultingPositionWithoutWritingIt() {
        CustomerSummary c = customer(6, RiskTolerance.GROWTH, 40);
        record(c, trade(6, "JGB10", "BUY", "1000000", "99.20", "0", null));

        RecordedTrade preview = db.inTransaction(em -> new TradeBook(em, HoldingsDatabase.englishMessages(),
                SuitabilityPolicy.defaults()).preview(c, trade(6, "JGB10", "REDEMPTION", "1000000", "100", "0", null)));

        assertThat(preview.realisedGain()).isEqualByComparingTo("8000");
        assertThat(preview.position().quantity()).isZero();
        assertThat(holding(6, "JGB10").getQuantity()).isEqualByComparingTo("1000000");
        assertThat(history(6)).hasSize(1);
    }
}
