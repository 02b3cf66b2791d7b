package com.wealthai.crm.holdings.application;

import java.util.List;

/** What a sync with the Product Master did: products created and updated, or why nothing changed. */
public record ProductMasterSyncReport(int received, int created, int updated, List<String> errors) {

    public boolean applied() {
        return errors.isEmpty();
    }

    static ProductMasterSyncReport failed(String reason) {
        return new ProductMasterSyncReport(0, 0, 0, List.of(reason));
    }
}
