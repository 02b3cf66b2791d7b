package com.wealthai.crm.customers.domain;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A range of yen an amount falls in (年収 1,000万円以上2,000万円未満), for telling the AI assistant
 * how wealthy a customer is without handing it the encrypted exact figure. Suitability advice needs
 * the order of magnitude, not the number.
 *
 * <pre>{@code
 * YenBand.of(12_000_000L, YenBand.INCOME).label();   // "1,000万円以上2,000万円未満"
 * }</pre>
 *
 * @param from lower bound in yen, inclusive
 * @param to   upper bound in yen, exclusive; null for the open top band
 */
public record YenBand(long from, Long to) {

    /** Bounds for an individual's annual income or a company's revenue. */
    public static final long[] INCOME = {0, 3_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000,
            1_000_000_000L, 10_000_000_000L};

    /** Bounds for net worth or a company's net assets. */
    public static final long[] ASSETS = {0, 10_000_000, 30_000_000, 50_000_000, 100_000_000, 300_000_000,
            1_000_000_000L, 10_000_000_000L};

    /** The band of the amount among the ascending bounds (the first of which is 0); null for null. */
    public static YenBand of(Long amount, long[] bounds) {
        if (amount == null) {
            return null;
        }
        for (int i = bounds.length - 1; i >= 0; i--) {
            if (amount >= bounds[i]) {
                return new YenBand(bounds[i], i + 1 < bounds.length ? bounds[i + 1] : null);
            }
        }
        return new YenBand(0, bounds.length > 1 ? bounds[1] : null); // negative amounts are refused on input
    }

    /** The band in Japanese, with 万 and 億 as a Japanese reader counts yen. */
    public String label() {
        if (to == null) {
            return yen(from) + "以上";
        }
        if (from == 0) {
            return yen(to) + "未満";
        }
        return yen(from) + "以上" + yen(to) + "未満";
    }

    static String yen(long amount) {
        NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.JAPAN);
        if (amount >= 100_000_000 && amount % 100_000_000 == 0) {
            return grouped.format(amount / 100_000_000) + "億円";
        }
        if (amount >= 10_000 && amount % 10_000 == 0) {
            return grouped.format(amount / 10_000) + "万円";
        }
        return grouped.format(amount) + "円";
    }
}
