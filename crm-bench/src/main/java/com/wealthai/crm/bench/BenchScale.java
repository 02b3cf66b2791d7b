package com.wealthai.crm.bench;

import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * How much data to generate. {@link #full()} is the size the benchmark is specified at; a factor
 * scales every count but the year of prices, and each count can be set on its own
 * ({@code -Dbench.customers=5000}).
 *
 * @param branches     branches the reps work in (each gets a manager)
 * @param reps         sales reps, spread evenly over the branches
 * @param customers    customers, spread evenly over the reps
 * @param holdings     positions, 1–7 or so per customer
 * @param transactions trades, at least one (the opening buy) per holding
 * @param notes        sales notes, spread over the customers
 * @param products     products with a price history
 * @param priceDays    calendar days of daily prices (weekdays only get a price)
 */
public record BenchScale(int branches, int reps, int customers, int holdings, int transactions, int notes,
                         int products, int priceDays) {

    public BenchScale {
        require(branches >= 1 && reps >= branches, "need at least one rep per branch");
        require(customers >= reps, "need at least one customer per rep");
        require(holdings >= customers && transactions >= holdings, "need a holding per customer and a trade per holding");
        require(products >= 10, "need at least 10 products");
        require(priceDays >= 7 && notes >= 0, "need a week of prices");
    }

    /** 100,000 customers over 200 reps in 20 branches, 400,000 holdings, 2,000,000 trades, 300,000 notes, 1,000 products. */
    public static BenchScale full() {
        return new BenchScale(20, 200, 100_000, 400_000, 2_000_000, 300_000, 1_000, 365);
    }

    /** Every count times the factor (the year of prices stays), keeping the minimums the records need. */
    public BenchScale times(double factor) {
        int b = Math.max(1, (int) Math.round(branches * factor));
        int r = Math.max(b, (int) Math.round(reps * factor));
        int c = Math.max(r, (int) Math.round(customers * factor));
        int h = Math.max(c, (int) Math.round(holdings * factor));
        return new BenchScale(b, r, c, h, Math.max(h, (int) Math.round(transactions * factor)),
                (int) Math.round(notes * factor), Math.max(10, (int) Math.round(products * factor)), priceDays);
    }

    /** From {@code bench.scale} (a factor) and any of {@code bench.branches}, {@code bench.reps}, … */
    public static BenchScale fromSystemProperties() {
        BenchScale base = full().times(Double.parseDouble(System.getProperty("bench.scale", "1.0")));
        return new BenchScale(
                property("branches", base::branches), property("reps", base::reps),
                property("customers", base::customers), property("holdings", base::holdings),
                property("transactions", base::transactions), property("notes", base::notes),
                property("products", base::products), property("price.days", base::priceDays));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d branches, %,d reps, %,d customers, %,d holdings, %,d transactions, %,d notes, %,d products x %d days",
                branches, reps, customers, holdings, transactions, notes, products, priceDays);
    }

    private static int property(String name, IntSupplier fallback) {
        String value = System.getProperty("bench." + name);
        return value == null || value.isBlank() ? fallback.getAsInt() : Integer.parseInt(value.trim().replace("_", ""));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Benchmark scale: " + message);
        }
    }
}
