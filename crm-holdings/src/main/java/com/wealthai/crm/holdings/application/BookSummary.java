package com.wealthai.crm.holdings.application;

import com.wealthai.crm.holdings.domain.Allocation;
import java.util.List;

/** A whole book in yen today: its totals and its market value by product category, largest first. */
public record BookSummary(BookTotals totals, List<Allocation> byCategory) {

    public BookSummary {
        byCategory = List.copyOf(byCategory);
    }
}
