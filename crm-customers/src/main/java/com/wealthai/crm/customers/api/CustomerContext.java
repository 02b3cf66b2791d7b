package com.wealthai.crm.customers.api;

/**
 * The customer the detail page is showing, for the sections other modules contribute to it. Available
 * in EL as {@code #{customerContext}}; the customer is already known to be within the caller's scope.
 */
public interface CustomerContext {

    long getCustomerId();

    CustomerSummary getCustomer();
}
