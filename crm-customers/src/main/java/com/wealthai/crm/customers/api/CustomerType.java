package com.wealthai.crm.customers.api;

/** An individual, or a corporation (company name, representative, established date). */
public enum CustomerType {
    INDIVIDUAL,
    CORPORATE;

    /** Message key of the localised label. */
    public String labelKey() {
        return "customers.type." + name();
    }
}
