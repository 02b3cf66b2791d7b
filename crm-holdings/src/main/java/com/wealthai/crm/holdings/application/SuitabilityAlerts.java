package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * The positions of a book whose product risk is above what their customer's risk tolerance allows
 * (適合性アラート): how many, over how many customers, their market value in yen, and the largest.
 */
public record SuitabilityAlerts(long positions, long customers, BigDecimal marketValueJpy, List<HoldingView> largest) {

    public SuitabilityAlerts {
        largest = List.copyOf(largest);
    }
}
