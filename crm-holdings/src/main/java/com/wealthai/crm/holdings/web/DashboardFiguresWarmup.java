package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The firm's holdings tiles computed ahead of the first administrator's dashboard, with the tiles' own
 * parameters: over 400,000 holdings they take a second and more together.
 */
@ApplicationScoped
public class DashboardFiguresWarmup implements FigureWarmup {

    @Inject
    HoldingsService holdings;

    @Override
    public String moduleId() {
        return HoldingsModule.ID;
    }

    @Override
    public void warm(AccessScope firm) {
        holdings.bookSummary(firm);
        holdings.bookMovers(firm, MoversWidget.SHOWN);
        holdings.suitabilityAlerts(firm, SuitabilityAlertsWidget.SHOWN);
        holdings.elderlyHighRisk(firm, SuitabilityAlertsWidget.ELDERLY_SHOWN);
        holdings.maturities(firm, MaturitiesWidget.DAYS, MaturitiesWidget.SHOWN);
    }
}
