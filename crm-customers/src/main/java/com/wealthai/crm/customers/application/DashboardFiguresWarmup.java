package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import com.wealthai.crm.customers.CustomersModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A book's customer counts (the dashboard tile, the stats) computed ahead of its first view. */
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
    public void warm(AccessScope book) {
        breakdown.byRiskTolerance(book);
        if (book.reach() != AccessScope.Reach.OWN_BOOK) {
            // the tile shows a rep's share only to managers and administrators
            breakdown.bySalesRep(book);
        }
        stats.figures(book);
    }
}
