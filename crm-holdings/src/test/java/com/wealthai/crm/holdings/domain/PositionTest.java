package com.wealthai.crm.holdings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Moving-average cost (移動平均法) against worked examples a back office would check by hand. */
class PositionTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aSharePositionOverSeveralBuysAndSellsFollowsTheMovingAverage() {
        Position p = Position.empty(BigDecimal.ONE, "JPY");

        // Buy 100 @ 1,000 + 1,100 fee: cost 101,100 → average 1,011.
        TradeOutcome first = p.apply(TradeType.BUY, d("100"), d("1000"), d("1100"));
        assertThat(first.after().averagePrice()).isEqualByComparingTo("1011");
        assertThat(first.cashFlow()).isEqualByComparingTo("-101100");

        // Buy 200 @ 1,300 + 2,200 fee: book 363,300 over 300 → average 1,211.
        TradeOutcome second = first.after().apply(TradeType.BUY, d("200"), d("1300"), d("2200"));
        assertThat(second.after().averagePrice()).isEqualByComparingTo("1211");
        assertThat(second.after().bookValue()).isEqualByComparingTo("363300");

        // Sell 150 @ 1,500 − 1,650 fee: proceeds 223,350 − cost 181,650 = 41,700 gain; average unchanged.
        TradeOutcome sale = second.after().apply(TradeType.SELL, d("150"), d("1500"), d("1650"));
        assertThat(sale.realisedGain()).isEqualByComparingTo("41700");
        assertThat(sale.cashFlow()).isEqualByComparingTo("223350");
        assertThat(sale.after().quantity()).isEqualByComparingTo("150");
        assertThat(sale.after().averagePrice()).isEqualByComparingTo("1211");

        // Buy 50 @ 1,100 + 550 fee: book 181,650 + 55,550 = 237,200 over 200 → average 1,186.
        TradeOutcome third = sale.after().apply(TradeType.BUY, d("50"), d("1100"), d("550"));
        assertThat(third.after().averagePrice()).isEqualByComparingTo("1186");

        // Sell everything @ 1,000 − 2,000 fee: proceeds 198,000 − cost 237,200 = 39,200 loss.
        TradeOutcome last = third.after().apply(TradeType.SELL, d("200"), d("1000"), d("2000"));
        assertThat(last.realisedGain()).isEqualByComparingTo("-39200");
        assertThat(last.after().quantity()).isZero();
        assertThat(last.after().averagePrice()).isZero();
    }

    @Test
    void aFundPricedPer10000UnitsValuesQuantityOverThePriceUnit() {
        BigDecimal perTenThousand = d("10000");
        Position p = Position.empty(perTenThousand, "JPY")
                // 1,000,000 units @ 12,000 per 10,000 = 1,200,000 + 33,000 fee → average 12,330.
                .apply(TradeType.BUY, d("1000000"), d("12000"), d("33000")).after();
        assertThat(p.averagePrice()).isEqualByComparingTo("12330");

        // 500,000 units @ 13,000 = 650,000, no fee: book 1,883,000 over 1,500,000 units → 12,553.333333.
        p = p.apply(TradeType.BUY, d("500000"), d("13000"), BigDecimal.ZERO).after();
        assertThat(p.averagePrice()).isEqualByComparingTo("12553.333333");
        assertThat(p.bookValue()).isEqualByComparingTo("1883000");

        // At 14,000: market value 2,100,000, unrealised (14,000 − 12,553.33) × 150 = 217,000.
        assertThat(p.marketValue(d("14000"))).isEqualByComparingTo("2100000");
        assertThat(p.unrealisedGain(d("14000"))).isEqualByComparingTo("217000");
    }

    @Test
    void aUsdBondPricedPer100FaceIsValuedInDollarsAndConvertedAtTheRate() {
        Position bond = Position.empty(d("100"), "USD")
                .apply(TradeType.BUY, d("10000"), d("98.50"), BigDecimal.ZERO).after();
        assertThat(bond.bookValue()).isEqualByComparingTo("9850.00");

        BigDecimal price = d("101.25");
        BigDecimal usdJpy = d("150.25");
        assertThat(bond.unrealisedGain(price)).isEqualByComparingTo("275.00");
        assertThat(Amounts.toYen(bond.unrealisedGain(price), usdJpy)).isEqualByComparingTo("41319"); // 41,318.75
        assertThat(Amounts.toYen(bond.marketValue(price), usdJpy)).isEqualByComparingTo("1521281"); // 1,521,281.25

        // Sell 4,000 face @ 100 − $10 fee: proceeds 3,990 − cost 3,940 = $50.00 realised, in cents.
        TradeOutcome sale = bond.apply(TradeType.SELL, d("4000"), d("100"), d("10"));
        assertThat(sale.realisedGain()).isEqualTo(d("50.00"));
        assertThat(sale.after().quantity()).isEqualByComparingTo("6000");
    }

    @Test
    void sellingMoreThanIsHeldIsRefusedAndChangesNothing() {
        Position p = Position.empty(BigDecimal.ONE, "JPY").apply(TradeType.BUY, d("300"), d("1000"), BigDecimal.ZERO).after();

        assertThatThrownBy(() -> p.apply(TradeType.SELL, d("301"), d("1000"), BigDecimal.ZERO))
                .isInstanceOf(InsufficientQuantityException.class)
                .hasMessageContaining("only 300 held");
        assertThat(p.quantity()).isEqualByComparingTo("300");
    }

    @Test
    void incomeLeavesThePositionAloneAndRealisesNoGain() {
        Position p = Position.empty(BigDecimal.ONE, "JPY").apply(TradeType.BUY, d("100"), d("1000"), BigDecimal.ZERO).after();

        TradeOutcome dividend = p.apply(TradeType.DIVIDEND, d("100"), d("25"), BigDecimal.ZERO);

        assertThat(dividend.after()).isEqualTo(p);
        assertThat(dividend.realisedGain()).isZero();
        assertThat(dividend.cashFlow()).isEqualByComparingTo("2500");
    }

    @Test
    void aRedemptionAtParRealisesTheDifferenceToTheAverageCost() {
        Position bond = Position.empty(d("100"), "JPY").apply(TradeType.BUY, d("1000000"), d("99.20"), BigDecimal.ZERO).after();

        TradeOutcome redemption = bond.apply(TradeType.REDEMPTION, d("1000000"), d("100"), BigDecimal.ZERO);

        assertThat(redemption.realisedGain()).isEqualByComparingTo("8000");
        assertThat(redemption.after().quantity()).isZero();
    }

    @Test
    void zeroOrNegativeQuantitiesAreNotTrades() {
        Position p = Position.empty(BigDecimal.ONE, "JPY");
        assertThatThrownBy(() -> p.apply(TradeType.BUY, BigDecimal.ZERO, d("1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.apply(TradeType.BUY, d("1"), d("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
