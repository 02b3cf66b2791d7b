package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Rounding rules for money, in one place. Amounts round to the currency's minor unit (yen to whole
 * yen, dollars to cents), half up; the moving-average unit price keeps {@value #PRICE_SCALE}
 * decimals so that repeated buys do not drift.
 */
public final class Amounts {

    public static final int PRICE_SCALE = 6;
    /** Enough digits for intermediate products of price, quantity and rate before the final rounding. */
    static final MathContext WORKING = MathContext.DECIMAL128;

    private Amounts() {
    }

    /** Rounds an amount to the minor unit of the currency (ISO 4217 code). */
    public static BigDecimal inCurrency(BigDecimal amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.setScale(digits, RoundingMode.HALF_UP);
    }

    /** Rounds a yen amount to whole yen. */
    public static BigDecimal yen(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }

    /** Price × quantity ÷ price unit: what a quantity is worth when the price refers to {@code priceUnit} units. */
    public static BigDecimal value(BigDecimal price, BigDecimal quantity, BigDecimal priceUnit) {
        return price.multiply(quantity, WORKING).divide(priceUnit, WORKING);
    }

    /** Converts an amount in a currency into yen at {@code jpyPerUnit} (1 for yen itself), to whole yen. */
    public static BigDecimal toYen(BigDecimal amount, BigDecimal jpyPerUnit) {
        return yen(amount.multiply(jpyPerUnit, WORKING));
    }
}
