package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * The positions of a book in products maturing soon (満期): how many, what they pay back and are
 * worth in yen (a bond priced per 100 face pays back its face, anything else its market value), and
 * the earliest of them.
 */
public record Maturities(long positions, BigDecimal redemptionJpy, BigDecimal marketValueJpy, List<HoldingView> earliest) {

    public Maturities {
        earliest = List.copyOf(earliest);
    }
}
