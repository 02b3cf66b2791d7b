package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.holdings.domain.Holding;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.Trade;
import com.wealthai.crm.holdings.domain.TradeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data as the issue asks for it, loaded into a real PostgreSQL: the product master, and the
 * 38 holdings of the 18 demo customers made by their trades. The customers come from a stand-in for
 * the customers module's directory carrying the demo book's codes, tolerances and ages.
 */
class HoldingsDemoDataTest {

    private static HoldingsDatabase db;

    @BeforeAll
    static void load() throws Exception {
        db = HoldingsDatabase.withDemoBook(LocalDate.now(TradeBook.TOKYO));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static List<Product> products() {
        return db.inTransaction(em -> em.createQuery("select p from Product p", Product.class).getResultList());
    }

    @Test
    void fifteenProductsOverEveryCategoryAndRiskLevel() {
        assertThat(products()).hasSize(15);
        assertThat(products()).extracting(Product::getCategory).contains("国内株式", "外国株式", "投資信託", "国内債券", "外国債券",
                "ETF", "REIT", "外貨預金");
        assertThat(products()).extracting(Product::getRiskLevel).contains(1, 2, 3, 4, 5);
    }

    @Test
    void atLeastTwoInForeignCurrencyAndTwoMaturingWithinAYear() {
        LocalDate inAYear = LocalDate.now(TradeBook.TOKYO).plusYears(1);
        assertThat(products()).filteredOn(p -> !p.getCurrency().equals("JPY")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(products()).filteredOn(p -> p.getMaturityDate() != null && p.getMaturityDate().isBefore(inAYear))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyProductHasAYearOfPricesAndTheDollarItsRates() {
        long prices = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from product_prices").getSingleResult()).longValue());
        long rates = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from fx_rates where currency = 'USD'").getSingleResult()).longValue());
        assertThat(prices).isEqualTo(15 * 12);
        assertThat(rates).isEqualTo(12);
    }

    private static List<Holding> holdings() {
        return db.inTransaction(em -> em.createQuery("select h from Holding h join fetch h.product", Holding.class).getResultList());
    }

    private static List<Trade> trades() {
        return db.inTransaction(em -> em.createQuery("select t from Trade t join fetch t.product", Trade.class).getResultList());
    }

    @Test
    void thirtyEightHoldingsOverTheEighteenDemoCustomers() {
        assertThat(holdings()).hasSize(38).allSatisfy(h -> assertThat(h.getQuantity()).isPositive());
        assertThat(holdings().stream().map(Holding::getCustomerId).distinct()).hasSize(18);
    }

    @Test
    void everyHoldingIsTheSumOfItsTrades() {
        List<Trade> trades = trades();
        for (Holding h : holdings()) {
            BigDecimal traded = trades.stream()
                    .filter(t -> t.getCustomerId() == h.getCustomerId() && t.getProduct().getId().equals(h.getProduct().getId()))
                    .map(t -> t.getType() == TradeType.SELL ? t.getQuantity().negate() : t.getQuantity())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(traded).as(h.getProduct().getProductCode() + " of " + h.getCustomerId()).isEqualByComparingTo(h.getQuantity());
            BigDecimal realised = trades.stream()
                    .filter(t -> t.getCustomerId() == h.getCustomerId() && t.getProduct().getId().equals(h.getProduct().getId()))
                    .map(Trade::getRealizedGainLoss).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(realised).isEqualByComparingTo(h.getRealizedGainLoss());
        }
    }

    @Test
    void sellsRealiseBothGainsAndLosses() {
        List<Trade> sells = trades().stream().filter(t -> t.getType() == TradeType.SELL).toList();
        assertThat(sells).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sells).anySatisfy(t -> assertThat(t.getRealizedGainLoss()).isPositive());
        assertThat(sells).anySatisfy(t -> assertThat(t.getRealizedGainLoss()).isNegative());
    }

    @Test
    void todaysPricesShowBothUnrealisedGainsAndLosses() {
        List<HoldingView> valued = db.inTransaction(em -> new Valuation(em).value(
                em.createQuery("select h from Holding h join fetch h.product", Holding.class).getResultList(),
                LocalDate.now(TradeBook.TOKYO)));
        assertThat(valued).allSatisfy(v -> assertThat(v.valuedInYen()).isTrue());
        assertThat(valued).filteredOn(v -> v.unrealisedGainJpy().signum() > 0).hasSizeGreaterThanOrEqualTo(10);
        assertThat(valued).filteredOn(v -> v.unrealisedGainJpy().signum() < 0).hasSizeGreaterThanOrEqualTo(10);
        // the stored figures agree with the valuation at today's price
        assertThat(holdings()).allSatisfy(h -> assertThat(h.getUnrealizedGainLoss()).isEqualByComparingTo(
                h.position().unrealisedGain(h.getCurrentPrice())));
    }

    @Test
    void buysAboveToleranceCarryAReasonAndElderlyHighRiskBuysAwaitApproval() {
        List<Trade> trades = trades();
        // 山田 (安定成長型) bought Toyota (risk 4); 石川 (80, 安定型) bought MUFG (risk 4)
        assertThat(trades).filteredOn(t -> t.getCustomerId() == 1 && t.getProduct().getProductCode().equals("7203")
                && t.getType() == TradeType.BUY).allSatisfy(t -> assertThat(t.getSuitabilityReason()).isNotBlank());
        assertThat(trades).filteredOn(t -> t.getCustomerId() == 15 && t.getProduct().getProductCode().equals("8306"))
                .singleElement().satisfies(t -> assertThat(t.isNeedsApproval()).isTrue());
        assertThat(trades).filteredOn(t -> t.getCustomerId() == 2 && t.getProduct().getProductCode().equals("JGB-V10"))
                .singleElement().satisfies(t -> assertThat(t.getSuitabilityReason()).isNull());
    }
}
