package com.wealthai.crm.bench.data;

import com.wealthai.crm.bench.data.ProductCatalog.Kind;
import com.wealthai.crm.bench.data.ProductCatalog.Product;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The trades behind one holding over the year of prices: an opening buy, then buys, partial sells and
 * income, at that day's price, with fees; the position is kept by the moving-average method
 * (移動平均法), so the holding's quantity, average price and realised gain agree with its trades.
 *
 * <p>A history is a pure function of its random stream: the holdings pass and the transactions pass
 * regenerate it from the same per-holding seed instead of keeping two million trades in memory.
 */
public final class TradeHistory {

    /** Trade kinds, named as the holdings module names them. */
    public enum Type { BUY, SELL, DIVIDEND, INTEREST }

    /** One trade; amounts in the product's currency, {@code net} signed as cash seen by the customer. */
    public record Trade(int sequence, LocalDate date, Type type, BigDecimal quantity, BigDecimal price, BigDecimal gross,
                        BigDecimal fees, BigDecimal net, BigDecimal realisedGain) {
    }

    private static final MathContext WORKING = MathContext.DECIMAL64;

    private final List<Trade> trades;
    private final BigDecimal quantity;
    private final BigDecimal averagePrice;
    private final BigDecimal realisedGain;
    private final BigDecimal income;

    private TradeHistory(List<Trade> trades, BigDecimal quantity, BigDecimal averagePrice, BigDecimal realisedGain, BigDecimal income) {
        this.trades = trades;
        this.quantity = quantity;
        this.averagePrice = averagePrice;
        this.realisedGain = realisedGain;
        this.income = income;
    }

    public static TradeHistory of(Product product, int count, SplittableRandom random) {
        PriceWalk prices = product.prices();
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            days[i] = random.nextInt(prices.size() - 1);
        }
        Arrays.sort(days);
        Kind kind = product.kind();
        BigDecimal unit = kind.priceUnit();
        int scale = amountScale(product);
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal average = BigDecimal.ZERO;
        BigDecimal realised = BigDecimal.ZERO.setScale(scale);
        BigDecimal income = BigDecimal.ZERO.setScale(scale);
        List<Trade> trades = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal price = prices.close(days[i], kind.priceScale());
            LocalDate date = prices.day(days[i]);
            Type type = i == 0 ? Type.BUY : nextType(kind, quantity, random);
            switch (type) {
                case BUY -> {
                    BigDecimal q = buyQuantity(kind, random);
                    BigDecimal gross = value(price, q, unit, scale);
                    BigDecimal fees = fees(kind, gross, true, scale);
                    BigDecimal book = value(average, quantity, unit, 8).add(gross).add(fees);
                    quantity = quantity.add(q);
                    average = book.multiply(unit, WORKING).divide(quantity, 4, RoundingMode.HALF_UP);
                    trades.add(new Trade(i + 1, date, type, q, price, gross, fees, gross.add(fees).negate(), BigDecimal.ZERO.setScale(scale)));
                }
                case SELL -> {
                    BigDecimal q = sellQuantity(kind, quantity, random);
                    BigDecimal gross = value(price, q, unit, scale);
                    BigDecimal fees = fees(kind, gross, false, scale);
                    BigDecimal gain = gross.subtract(fees).subtract(value(average, q, unit, scale));
                    quantity = quantity.subtract(q);
                    realised = realised.add(gain);
                    trades.add(new Trade(i + 1, date, type, q, price, gross, fees, gross.subtract(fees), gain));
                }
                case DIVIDEND, INTEREST -> {
                    // a year's yield of 1–3 %, paid on the position held that day
                    BigDecimal rate = BigDecimal.valueOf(1 + random.nextInt(3), 2).divide(BigDecimal.valueOf(type == Type.INTEREST ? 2 : 1));
                    BigDecimal gross = value(price, quantity, unit, 8).multiply(rate).setScale(scale, RoundingMode.DOWN);
                    BigDecimal tax = gross.multiply(new BigDecimal("0.20315")).setScale(scale, RoundingMode.DOWN);
                    income = income.add(gross.subtract(tax));
                    trades.add(new Trade(i + 1, date, type, quantity, price, gross, tax, gross.subtract(tax), BigDecimal.ZERO.setScale(scale)));
                }
                default -> throw new IllegalStateException();
            }
        }
        return new TradeHistory(trades, quantity, average, realised, income);
    }

    public List<Trade> trades() {
        return trades;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    /** Average acquisition price per price unit, fees included. */
    public BigDecimal averagePrice() {
        return averagePrice;
    }

    public BigDecimal realisedGain() {
        return realisedGain;
    }

    public BigDecimal income() {
        return income;
    }

    public LocalDate openedOn() {
        return trades.get(0).date();
    }

    /** Yen amounts are whole; foreign currencies keep cents. */
    public static int amountScale(Product product) {
        return "JPY".equals(product.currency()) ? 0 : 2;
    }

    /** price × quantity ÷ price unit, at the amount scale. */
    public static BigDecimal value(BigDecimal price, BigDecimal quantity, BigDecimal unit, int scale) {
        return price.multiply(quantity, WORKING).divide(unit, scale, RoundingMode.HALF_UP);
    }

    private static Type nextType(Kind kind, BigDecimal held, SplittableRandom random) {
        int roll = random.nextInt(100);
        boolean canSell = held.compareTo(BigDecimal.valueOf(2L * ProductCatalog.lot(kind))) >= 0;
        if (roll < 20) {
            return kind == Kind.BOND ? Type.INTEREST : Type.DIVIDEND;
        }
        return roll < 65 || !canSell ? Type.BUY : Type.SELL;
    }

    private static BigDecimal buyQuantity(Kind kind, SplittableRandom random) {
        long lots = switch (kind) {
            case STOCK -> 1 + random.nextInt(10);
            case FOREIGN_STOCK -> 1 + random.nextInt(200);
            case FUND -> 10 + random.nextInt(500);
            case BOND -> 10_000 + random.nextInt(90_000);
            case ETF -> 1 + random.nextInt(100);
            case REIT -> 1 + random.nextInt(20);
        };
        return BigDecimal.valueOf(lots * ProductCatalog.lot(kind));
    }

    /** Up to half of what is held, in whole lots, never all of it: the holding stays open. */
    private static BigDecimal sellQuantity(Kind kind, BigDecimal held, SplittableRandom random) {
        long lots = held.longValue() / ProductCatalog.lot(kind);
        return BigDecimal.valueOf((1 + random.nextLong(Math.max(1, lots / 2))) * ProductCatalog.lot(kind));
    }

    private static BigDecimal fees(Kind kind, BigDecimal gross, boolean buying, int scale) {
        BigDecimal fee = switch (kind) {
            case FUND -> buying ? gross.multiply(new BigDecimal("0.022")) : BigDecimal.ZERO;
            case BOND -> BigDecimal.ZERO;
            default -> gross.multiply(new BigDecimal("0.00495")).max(BigDecimal.valueOf(scale == 0 ? 110 : 1));
        };
        return fee.setScale(scale, RoundingMode.DOWN);
    }
}
