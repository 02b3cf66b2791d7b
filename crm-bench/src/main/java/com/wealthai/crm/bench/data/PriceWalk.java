package com.wealthai.crm.bench.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A year of daily closing prices for one product: a random walk with the product's volatility, one
 * price per weekday (markets are closed at weekends), ending on the as-of day.
 */
public final class PriceWalk {

    private final LocalDate[] days;
    private final double[] closes;

    private PriceWalk(LocalDate[] days, double[] closes) {
        this.days = days;
        this.closes = closes;
    }

    /** The weekdays of the {@code calendarDays} days up to and including {@code asOf}. */
    public static List<LocalDate> tradingDays(LocalDate asOf, int calendarDays) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = asOf.minusDays(calendarDays - 1L); !day.isAfter(asOf); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    /**
     * @param start           the first day's price
     * @param dailyVolatility standard deviation of the daily return (0.01 = 1 %)
     * @param drift           mean daily return
     */
    public static PriceWalk of(List<LocalDate> tradingDays, double start, double dailyVolatility, double drift, RandomGenerator random) {
        double[] closes = new double[tradingDays.size()];
        double price = start;
        for (int i = 0; i < closes.length; i++) {
            if (i > 0) {
                price *= Math.exp(drift + dailyVolatility * random.nextGaussian());
            }
            closes[i] = price;
        }
        return new PriceWalk(tradingDays.toArray(LocalDate[]::new), closes);
    }

    public int size() {
        return closes.length;
    }

    public LocalDate day(int index) {
        return days[index];
    }

    /** The close on the index-th trading day, at the given scale (0 for whole yen, 2 for bonds in %). */
    public BigDecimal close(int index, int scale) {
        return BigDecimal.valueOf(closes[index]).setScale(scale, RoundingMode.HALF_UP);
    }

    public BigDecimal last(int scale) {
        return close(closes.length - 1, scale);
    }
}
