package com.wealthai.crm.customers.api;

/** A sales representative, as filters and lists of other modules show one. */
public record SalesRepSummary(long id, String repCode, String name, String branch) {
}
