package com.wealthai.crm.customers.archfixture;

/** Test fixture: stands for an internal class of the customers module (not in its api package). */
public class CustomerRowFixture {
    public String name() {
        return "fixture";
    }
}
