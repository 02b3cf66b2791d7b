package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.application.HoldingView;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.application.Maturities;
import com.wealthai.crm.holdings.application.Valuation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The dashboard tile 90日以内の満期: the caller's positions in products maturing from today to 90
 * days later (Asia/Tokyo), earliest first, with what they pay back and the total, so the rep can
 * plan the reinvestment conversation before the money lands.
 */
@Named
@RequestScoped
public class MaturitiesWidget {

    static final int DAYS = 90;
    static final int SHOWN = 10;

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    private Maturities maturities;
    private Map<Long, CustomerSummary> customers;

    public Maturities getMaturities() {
        if (maturities == null) {
            maturities = holdings.maturities(scopes.current(), DAYS, SHOWN);
        }
        return maturities;
    }

    /** Positions maturing in the window beyond those listed. */
    public long getMore() {
        return getMaturities().positions() - getMaturities().earliest().size();
    }

    public BigDecimal redemptionJpy(HoldingView h) {
        return Valuation.redemptionJpy(h);
    }

    public String customerName(long customerId) {
        if (customers == null) {
            customers = holdings.customers(getMaturities().earliest().stream().map(HoldingView::customerId).distinct().toList(),
                    scopes.current());
        }
        CustomerSummary c = customers.get(customerId);
        return c == null ? "#" + customerId : c.name();
    }
}
