package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;

/** Totals of a set of holdings in yen: how many positions, what they cost, what they are worth, the difference. */
public record BookTotals(long positions, BigDecimal bookValueJpy, BigDecimal marketValueJpy, BigDecimal unrealisedGainJpy) {
}
