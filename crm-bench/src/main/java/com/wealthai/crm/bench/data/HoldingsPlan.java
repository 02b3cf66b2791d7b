package com.wealthai.crm.bench.data;

import com.wealthai.crm.bench.GenerationContext;
import java.util.SplittableRandom;

/**
 * Which customer holds which product, and how many trades each holding has: computed once, shared
 * by the holdings and the transactions writers, so both agree without reading each other's rows.
 * Holding {@code h} (1…n) and its trades are numbered in customer order.
 */
public final class HoldingsPlan {

    private final ProductCatalog catalog;
    private final int[] customerOf;
    private final int[] productOf;
    private final int[] tradesOf;
    private final long seed;

    private HoldingsPlan(ProductCatalog catalog, int[] customerOf, int[] productOf, int[] tradesOf, long seed) {
        this.catalog = catalog;
        this.customerOf = customerOf;
        this.productOf = productOf;
        this.tradesOf = tradesOf;
        this.seed = seed;
    }

    public static HoldingsPlan of(GenerationContext context, ProductCatalog catalog) {
        int customers = context.scale().customers();
        int holdings = context.scale().holdings();
        SplittableRandom random = context.seeds().stream("holdings");
        int maxPerCustomer = Math.min(catalog.size(), Math.max(1, 4 * holdings / customers));
        int[] perCustomer = Spread.exactly(holdings, customers, 1, random);
        int[] customerOf = new int[holdings];
        int[] productOf = new int[holdings];
        int h = 0;
        int carry = 0;
        for (int c = 1; c <= customers; c++) {
            // a customer holds each product once: cap the count and carry the rest to the next customer
            int want = perCustomer[c - 1] + carry;
            int count = Math.min(want, c == customers ? want : maxPerCustomer);
            carry = want - count;
            if (count > catalog.size()) {
                throw new IllegalArgumentException("More holdings per customer than products: raise bench.products");
            }
            int[] chosen = new int[count];
            for (int k = 0; k < count; k++) {
                int product;
                boolean taken;
                do {
                    product = 1 + random.nextInt(catalog.size());
                    taken = false;
                    for (int j = 0; j < k; j++) {
                        taken |= chosen[j] == product;
                    }
                } while (taken);
                chosen[k] = product;
                customerOf[h] = c;
                productOf[h] = product;
                h++;
            }
        }
        int[] tradesOf = Spread.exactly(context.scale().transactions(), holdings, 1, random);
        return new HoldingsPlan(catalog, customerOf, productOf, tradesOf, context.seeds().seed());
    }

    public int holdings() {
        return customerOf.length;
    }

    public int customerOf(int holding) {
        return customerOf[holding - 1];
    }

    public ProductCatalog.Product productOf(int holding) {
        return catalog.byId(productOf[holding - 1]);
    }

    /** The holding's trades, the same each time they are asked for. */
    public TradeHistory historyOf(int holding) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + holding * 0xBF58476D1CE4E5B9L);
        return TradeHistory.of(productOf(holding), tradesOf[holding - 1], random);
    }
}
