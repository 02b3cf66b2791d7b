package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.application.ElderlyHighRisk;
import com.wealthai.crm.holdings.application.HoldingView;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.application.SuitabilityAlerts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The dashboard tile 適合性アラート: the caller's positions whose product risk is above what the
 * customer's risk tolerance allows, counted, and the largest by market value with the two levels;
 * and the customers aged 75 or more who hold risk 4–5.
 */
@Named
@RequestScoped
public class SuitabilityAlertsWidget {

    static final int SHOWN = 8;
    static final int ELDERLY_SHOWN = 5;

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    private SuitabilityAlerts alerts;
    private Map<Long, CustomerSummary> customers;
    private ElderlyHighRisk elderly;

    /** Customers aged 75 or more holding risk 4–5 (高齢顧客ガイドライン), the largest holders. */
    public ElderlyHighRisk getElderly() {
        if (elderly == null) {
            elderly = holdings.elderlyHighRisk(scopes.current(), ELDERLY_SHOWN);
        }
        return elderly;
    }

    public SuitabilityAlerts getAlerts() {
        if (alerts == null) {
            alerts = holdings.suitabilityAlerts(scopes.current(), SHOWN);
        }
        return alerts;
    }

    public String customerName(long customerId) {
        CustomerSummary c = customer(customerId);
        return c == null ? "#" + customerId : c.name();
    }

    /** The highest risk level the customer's tolerance allows, as the policy says today. */
    public Integer allowedRiskLevel(long customerId) {
        CustomerSummary c = customer(customerId);
        return c == null || c.riskTolerance() == null ? null : holdings.policy().maxRiskLevel(c.riskTolerance());
    }

    public String riskToleranceKey(long customerId) {
        CustomerSummary c = customer(customerId);
        return c == null || c.riskTolerance() == null ? null : c.riskTolerance().labelKey();
    }

    private CustomerSummary customer(long customerId) {
        if (customers == null) {
            customers = holdings.customers(getAlerts().largest().stream().map(HoldingView::customerId).distinct().toList(),
                    scopes.current());
        }
        return customers.get(customerId);
    }
}
