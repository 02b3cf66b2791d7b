package com.wealthai.crm.holdings.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Runs the Product Master sync every day at 05:00 Tokyo time, before the sales day starts. */
@Singleton
public class ProductMasterSchedule {

    private static final Logger LOG = Logger.getLogger(ProductMasterSchedule.class.getName());

    @Inject
    ProductMasterService productMaster;

    @Schedule(hour = "5", minute = "0", timezone = "Asia/Tokyo", persistent = false)
    void daily() {
        ProductMasterSyncReport report = productMaster.sync();
        LOG.info(() -> "Daily Product Master sync: " + report);
    }
}
