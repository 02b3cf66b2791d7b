package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A customer's position in one product, valued by the moving-average method (移動平均法).
 *
 * <p>A buy adds its cost, fees included, to the book and recomputes the average unit price; a sell
 * keeps the average and realises proceeds (fees deducted) less the average cost of what was sold.
 * Prices refer to {@code priceUnit} units of quantity (1 share, 10,000 fund units, 100 face).
 *
 * @param quantity     units held, never negative
 * @param averagePrice average acquisition price per price unit, fees included; zero when nothing is held
 * @param priceUnit    the quantity one price refers to
 * @param currency     ISO code of the product's currency
 */
public record Position(BigDecimal quantity, BigDecimal averagePrice, BigDecimal priceUnit, String currency) {

    public Position {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(currency, "currency");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        if (priceUnit == null || priceUnit.signum() <= 0) {
            throw new IllegalArgumentException("price unit must be positive");
        }
    }

    public static Position empty(BigDecimal priceUnit, String currency) {
        return new Position(BigDecimal.ZERO, BigDecimal.ZERO, priceUnit, currency);
    }

    /** Book value (取得価額) in the product's currency. */
    public BigDecimal bookValue() {
        return Amounts.inCurrency(Amounts.value(averagePrice, quantity, priceUnit), currency);
    }

    /** Market value at a price, in the product's currency. */
    public BigDecimal marketValue(BigDecimal currentPrice) {
        return Amounts.inCurrency(Amounts.value(currentPrice, quantity, priceUnit), currency);
    }

    /** (current price − average price) × quantity ÷ price unit, in the product's currency. */
    public BigDecimal unrealisedGain(BigDecimal currentPrice) {
        return Amounts.inCurrency(Amounts.value(currentPrice.subtract(averagePrice), quantity, priceUnit), currency);
    }

    /** Applies a trade; the outcome holds the new position and the realised gain of this trade. */
    public TradeOutcome apply(TradeType type, BigDecimal tradeQuantity, BigDecimal unitPrice, BigDecimal fees) {
        requirePositive(tradeQuantity, "quantity");
        if (unitPrice.signum() < 0 || fees.signum() < 0) {
            throw new IllegalArgumentException("price and fees must not be negative");
        }
        BigDecimal gross = Amounts.value(unitPrice, tradeQuantity, priceUnit);
        return switch (type) {
            case BUY -> buy(tradeQuantity, gross, fees);
            case SELL, REDEMPTION -> sell(tradeQuantity, gross, fees);
            case DIVIDEND, INTEREST -> new TradeOutcome(this, BigDecimal.ZERO.setScale(scale()),
                    Amounts.inCurrency(gross.subtract(fees), currency));
        };
    }

    private TradeOutcome buy(BigDecimal tradeQuantity, BigDecimal gross, BigDecimal fees) {
        BigDecimal cost = gross.add(fees);
        BigDecimal newQuantity = quantity.add(tradeQuantity);
        BigDecimal book = Amounts.value(averagePrice, quantity, priceUnit).add(cost);
        BigDecimal newAverage = book.multiply(priceUnit, Amounts.WORKING)
                .divide(newQuantity, Amounts.PRICE_SCALE, RoundingMode.HALF_UP);
        return new TradeOutcome(new Position(newQuantity, newAverage, priceUnit, currency),
                BigDecimal.ZERO.setScale(scale()), Amounts.inCurrency(cost.negate(), currency));
    }

    private TradeOutcome sell(BigDecimal tradeQuantity, BigDecimal gross, BigDecimal fees) {
        if (tradeQuantity.compareTo(quantity) > 0) {
            throw new InsufficientQuantityException(quantity, tradeQuantity);
        }
        BigDecimal proceeds = gross.subtract(fees);
        BigDecimal costOfSold = Amounts.value(averagePrice, tradeQuantity, priceUnit);
        BigDecimal remaining = quantity.subtract(tradeQuantity);
        BigDecimal average = remaining.signum() == 0 ? BigDecimal.ZERO : averagePrice;
        return new TradeOutcome(new Position(remaining, average, priceUnit, currency),
                Amounts.inCurrency(proceeds.subtract(costOfSold), currency), Amounts.inCurrency(proceeds, currency));
    }

    private int scale() {
        return Amounts.inCurrency(BigDecimal.ZERO, currency).scale();
    }

    private static void requirePositive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
