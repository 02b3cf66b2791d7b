package com.wealthai.crm.notes.archfixture;

import com.wealthai.crm.customers.archfixture.CustomerRowFixture;

/** Test fixture: a notes class reaching into the customers module's internals, which the rules must catch. */
public class LeakyNotesFixture {
    public String customerName(CustomerRowFixture row) {
        return row.name();
    }
}
