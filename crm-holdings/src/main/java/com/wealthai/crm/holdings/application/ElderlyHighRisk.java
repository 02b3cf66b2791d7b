package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.CustomerSummary;
import java.math.BigDecimal;
import java.util.List;

/**
 * Customers aged 75 or more who hold products of risk level 4–5 (the JSDA guideline for elderly
 * customers): how many, and the largest holders with the number and market value of those positions.
 */
public record ElderlyHighRisk(long customers, List<Holder> largest) {

    public ElderlyHighRisk {
        largest = List.copyOf(largest);
    }

    /** One elderly customer's risk 4–5 positions. */
    public record Holder(CustomerSummary customer, long positions, BigDecimal marketValueJpy) {
    }
}
