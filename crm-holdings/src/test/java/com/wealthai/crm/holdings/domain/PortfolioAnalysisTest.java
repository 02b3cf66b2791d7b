package com.wealthai.crm.holdings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioAnalysisTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static ValuedPosition position(String code, String category, String currency, int risk, long market,
                                           LocalDate maturity, String principal, String coupon, String rate) {
        return new ValuedPosition(code, code, category, currency, risk, BigDecimal.valueOf(market),
                BigDecimal.valueOf(market), maturity, principal == null ? null : new BigDecimal(principal),
                new BigDecimal(coupon), new BigDecimal(rate));
    }

    private final PortfolioAnalysis analysis = new PortfolioAnalysis(List.of(
            position("7203", "国内株式", "JPY", 4, 5_000_000, null, null, "0", "1"),
            position("FUND1", "投資信託", "JPY", 3, 3_000_000, null, null, "0", "1"),
            position("USBOND", "外国債券", "USD", 3, 1_500_000, LocalDate.of(2027, 5, 31), "10000", "450", "150"),
            position("JGB", "国内債券", "JPY", 1, 500_000, LocalDate.of(2029, 3, 20), "500000", "2500", "1")));

    @Test
    void allocationSharesAddUpAndAreOrderedByValue() {
        assertThat(analysis.marketValueJpy()).isEqualByComparingTo("10000000");
        assertThat(analysis.byCategory()).extracting(Allocation::key)
                .containsExactly("国内株式", "投資信託", "外国債券", "国内債券");
        assertThat(analysis.byCategory().get(0).share()).isEqualByComparingTo("0.5000");
        assertThat(analysis.byCurrency()).containsExactly(
                new Allocation("JPY", new BigDecimal("8500000"), new BigDecimal("0.8500")),
                new Allocation("USD", new BigDecimal("1500000"), new BigDecimal("0.1500")));
        assertThat(analysis.byRiskLevel()).extracting(Allocation::key).containsExactly("4", "3", "1");
    }

    @Test
    void concentrationIsTheLargestShareAndTheHerfindahlIndex() {
        assertThat(analysis.largestPositionShare()).isEqualByComparingTo("0.5000");
        // 0.5² + 0.3² + 0.15² + 0.05² = 0.25 + 0.09 + 0.0225 + 0.0025
        assertThat(analysis.herfindahlIndex()).isEqualByComparingTo("0.3650");
        assertThat(new PortfolioAnalysis(List.of()).herfindahlIndex()).isZero();
        assertThat(analysis.largestPosition()).get().extracting(ValuedPosition::productCode).isEqualTo("7203");
        assertThat(analysis.concentration()).isEqualTo(Concentration.CONCENTRATED);
    }

    @Test
    void theHerfindahlIndexReadsAsSpreadModerateOrConcentratedAtTheBandsOfTheMergerGuidelines() {
        assertThat(Concentration.of(new BigDecimal("0.1499"))).isEqualTo(Concentration.DIVERSIFIED);
        assertThat(Concentration.of(new BigDecimal("0.1500"))).isEqualTo(Concentration.MODERATE);
        assertThat(Concentration.of(new BigDecimal("0.2499"))).isEqualTo(Concentration.MODERATE);
        // four equal positions: 4 × 0.25² = 0.25
        assertThat(Concentration.of(new BigDecimal("0.2500"))).isEqualTo(Concentration.CONCENTRATED);
    }

    @Test
    void unroundedYenOfABookAreRoundedOnlyAfterSumming() {
        PortfolioAnalysis book = new PortfolioAnalysis(List.of(
                new ValuedPosition("A", "A", "国内株式", "JPY", 4, new BigDecimal("100.4"), new BigDecimal("100.4"), null, null,
                        BigDecimal.ZERO, BigDecimal.ONE),
                new ValuedPosition("B", "B", "国内株式", "JPY", 4, new BigDecimal("100.4"), new BigDecimal("100.4"), null, null,
                        BigDecimal.ZERO, BigDecimal.ONE)));
        // each rounded first would give 200
        assertThat(book.marketValueJpy()).isEqualTo(new BigDecimal("201"));
        assertThat(book.byCategory().get(0).marketValueJpy()).isEqualTo(new BigDecimal("201"));
    }

    @Test
    void cashInflowsOfTheNextTwelveMonthsComeFromMaturitiesAndHalfYearlyCoupons() {
        List<CashInflow> flows = analysis.cashInflowsNext12Months(TODAY);

        assertThat(flows).containsExactly(
                // USD bond: coupons six months before maturity and at it, $225 × 150; principal $10,000 × 150.
                new CashInflow(LocalDate.of(2026, 11, 30), "USBOND", "USBOND", CashInflow.Kind.COUPON, new BigDecimal("33750")),
                // JGB coupons fall on 2026-03-20 + 6 months: 2027-03-20 and 2027-09-20 are within the year.
                new CashInflow(LocalDate.of(2027, 3, 20), "JGB", "JGB", CashInflow.Kind.COUPON, new BigDecimal("1250")),
                new CashInflow(LocalDate.of(2027, 5, 31), "USBOND", "USBOND", CashInflow.Kind.REDEMPTION, new BigDecimal("1500000")),
                new CashInflow(LocalDate.of(2027, 5, 31), "USBOND", "USBOND", CashInflow.Kind.COUPON, new BigDecimal("33750")),
                new CashInflow(LocalDate.of(2027, 9, 20), "JGB", "JGB", CashInflow.Kind.COUPON, new BigDecimal("1250")));
    }

    @Test
    void theMaturityLadderSumsValueByYearOfMaturity() {
        assertThat(analysis.maturityLadder()).containsExactly(
                java.util.Map.entry(2027, new BigDecimal("1500000")),
                java.util.Map.entry(2029, new BigDecimal("500000")));
    }
}
