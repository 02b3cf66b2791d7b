package com.wealthai.crm.holdings.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a portfolio was worth in yen on a date (a month-end, or today for the last point). */
public record ValuationPoint(LocalDate date, BigDecimal marketValueJpy) {
}
