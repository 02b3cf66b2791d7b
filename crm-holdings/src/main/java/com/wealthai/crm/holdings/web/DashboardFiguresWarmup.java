package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A book's holdings tiles computed ahead of its first dashboard, with the tiles' own parameters: over
 * the firm's 400,000 holdings they take a second and more together, over a rep's 2,000 some 30 ms.
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
    public void warm(AccessScope book) {
        holdings.bookSummary(book);
        holdings.bookMovers(book, MoversWidget.SHOWN);
        holdings.suitabilityAlerts(book, SuitabilityAlertsWidget.SHOWN);
        holdings.elderlyHighRisk(book, SuitabilityAlertsWidget.ELDERLY_SHOWN);
        holdings.maturities(book, MaturitiesWidget.DAYS, MaturitiesWidget.SHOWN);
    }
}
