package com.wealthai.crm.customers.domain;

/** Gender of an individual customer, as the original system recorded it. */
public enum Gender {
    MALE,
    FEMALE,
    OTHER;

    public String labelKey() {
        return "customers.gender." + name();
    }
}
