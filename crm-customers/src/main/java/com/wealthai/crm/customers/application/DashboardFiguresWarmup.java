package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import com.wealthai.crm.customers.CustomersModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The firm's customer counts (the dashboard tile, the stats) computed ahead of the first administrator's view. */
@ApplicationScoped
public class DashboardFiguresWarmup implements FigureWarmup {

    @Inject
    CustomerBreakdown breakdown;

    @Inject
    CustomersStats stats;

    @Override
    public String moduleId() {
        return CustomersModule.ID;
    }

    @Override
    public void warm(AccessScope firm) {
        breakdown.byRiskTolerance(firm);
        breakdown.bySalesRep(firm);
        stats.figures(firm);
    }
}
