package com.wealthai.crm.bench.data;

import java.util.random.RandomGenerator;

/**
 * Splits an exact total over buckets unevenly, as real books are (some customers hold one fund,
 * some a dozen), while keeping the total exact so that the generated counts are the ones asked for.
 */
public final class Spread {

    private Spread() {
    }

    /**
     * Counts per bucket summing to {@code total}, each at least {@code minimum}: an even split, then
     * random transfers between random pairs of buckets.
     */
    public static int[] exactly(int total, int buckets, int minimum, RandomGenerator random) {
        if ((long) buckets * minimum > total) {
            throw new IllegalArgumentException(total + " cannot give " + buckets + " buckets at least " + minimum);
        }
        int[] counts = new int[buckets];
        int base = total / buckets;
        int remainder = total % buckets;
        for (int i = 0; i < buckets; i++) {
            counts[i] = base + (i < remainder ? 1 : 0);
        }
        for (int move = 0; move < buckets; move++) {
            int from = random.nextInt(buckets);
            int to = random.nextInt(buckets);
            int spare = counts[from] - minimum;
            if (from == to || spare <= 0) {
                continue;
            }
            int amount = 1 + random.nextInt(Math.min(spare, Math.max(1, base)));
            counts[from] -= amount;
            counts[to] += amount;
        }
        return counts;
    }
}
