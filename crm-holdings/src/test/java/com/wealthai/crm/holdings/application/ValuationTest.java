package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.holdings.domain.CashInflow;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Valuation at the latest price and FX rate on a real PostgreSQL, in the product's currency and in yen. */
class ValuationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static HoldingsDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new HoldingsDatabase();
        db.run(em -> {
            Product bond = new Product("USTB27", "米国債 2027年5月満期", "外国債券", "USD", 3, new BigDecimal("100"));
            bond.setMaturityDate(LocalDate.of(2027, 5, 31));
            bond.setInterestRate(new BigDecimal("4.5"));
            em.persist(bond);
            em.persist(new Product("FUND1", "グローバル株式ファンド", "投資信託", "JPY", 4, new BigDecimal("10000")));
            em.persist(new Product("EURDEP", "ユーロ定期預金", "外貨預金", "EUR", 2, BigDecimal.ONE));
        });
        CustomerSummary c = new CustomerSummary(1, "C1", "顧客", "コキャク", CustomerType.INDIVIDUAL, RiskTolerance.GROWTH,
                null, 50, 1L, "担当", "東京");
        db.run(em -> {
            TradeBook book = new TradeBook(em, HoldingsDatabase.englishMessages(), SuitabilityPolicy.defaults());
            LocalDate day = LocalDate.of(2026, 4, 1);
            book.record(c, new TradeRequest(1, "USTB27", "BUY", day, new BigDecimal("10000"), new BigDecimal("98.50"), BigDecimal.ZERO, null), "r001");
            book.record(c, new TradeRequest(1, "FUND1", "BUY", day, new BigDecimal("1000000"), new BigDecimal("12000"), new BigDecimal("33000"), null), "r001");
            book.record(c, new TradeRequest(1, "EURDEP", "BUY", day, new BigDecimal("5000"), BigDecimal.ONE, BigDecimal.ZERO, null), "r001");
            em.createNativeQuery("insert into product_prices (product_id, price_date, price) select id, d, p from products,"
                    + " (values ('USTB27', date '2026-11-20', 101.25), ('USTB27', date '2026-12-01', 90),"
                    + " ('FUND1', date '2026-11-24', 14000)) v(code, d, p) where product_code = v.code").executeUpdate();
            em.createNativeQuery("insert into fx_rates values ('USD', date '2026-11-24', 150.25), ('USD', date '2026-11-01', 140)")
                    .executeUpdate();
        });
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static List<HoldingView> holdings() {
        return db.inTransaction(em -> new Valuation(em).ofCustomer(1, TODAY));
    }

    private static HoldingView holding(String code) {
        return holdings().stream().filter(h -> h.productCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aUsdBondIsValuedAtTheLatestPriceAndRateUpToTheDate() {
        HoldingView bond = holding("USTB27");

        assertThat(bond.currentPrice()).isEqualByComparingTo("101.25");  // not the later 90
        assertThat(bond.jpyRate()).isEqualByComparingTo("150.25");       // not the older 140
        assertThat(bond.bookValue()).isEqualByComparingTo("9850.00");
        assertThat(bond.marketValue()).isEqualByComparingTo("10125.00");
        assertThat(bond.unrealisedGain()).isEqualByComparingTo("275.00");
        assertThat(bond.unrealisedGainJpy()).isEqualByComparingTo("41319");
        assertThat(bond.marketValueJpy()).isEqualByComparingTo("1521281");
    }

    @Test
    void aFundIsValuedPer10000Units() {
        HoldingView fund = holding("FUND1");

        assertThat(fund.bookValueJpy()).isEqualByComparingTo("1233000");
        assertThat(fund.marketValueJpy()).isEqualByComparingTo("1400000");
        assertThat(fund.unrealisedGainJpy()).isEqualByComparingTo("167000");
    }

    @Test
    void aCurrencyWithoutRateIsNotConvertedByGuesswork() {
        HoldingView deposit = holding("EURDEP");

        assertThat(deposit.valuedInYen()).isFalse();
        assertThat(deposit.marketValueJpy()).isNull();
        assertThat(deposit.marketValue()).isEqualByComparingTo("5000.00");
    }

    @Test
    void thePortfolioAnalysisUsesTheYenValuesAndTheBondsFaceAndCoupon() {
        PortfolioAnalysis analysis = new PortfolioAnalysis(
                holdings().stream().map(Valuation::forAnalysis).filter(Objects::nonNull).toList());

        assertThat(analysis.marketValueJpy()).isEqualByComparingTo("2921281");
        assertThat(analysis.cashInflowsNext12Months(TODAY)).containsExactly(
                new CashInflow(LocalDate.of(2026, 11, 30), "USTB27", "米国債 2027年5月満期", CashInflow.Kind.COUPON, new BigDecimal("33806")),
                new CashInflow(LocalDate.of(2027, 5, 31), "USTB27", "米国債 2027年5月満期", CashInflow.Kind.REDEMPTION, new BigDecimal("1502500")),
                new CashInflow(LocalDate.of(2027, 5, 31), "USTB27", "米国債 2027年5月満期", CashInflow.Kind.COUPON, new BigDecimal("33806")));
    }
}
