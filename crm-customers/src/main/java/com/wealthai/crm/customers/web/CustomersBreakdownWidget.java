package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.application.CustomerBreakdown;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard tile "customers at a glance": the caller's customers by risk tolerance (a doughnut)
 * and, for managers and administrators, by sales rep (bars). A rep's own book has one rep, so the
 * bars are left out for them.
 */
@Named("customersWidget")
@RequestScoped
public class CustomersBreakdownWidget {

    @Inject
    CustomerBreakdown breakdown;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    private Map<RiskTolerance, Long> byRisk;
    private Map<SalesRepSummary, Long> byRep;

    public long getTotal() {
        return byRisk().values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isShowByRep() {
        return scopes.current().reach() != AccessScope.Reach.OWN_BOOK && byRep().size() > 1;
    }

    public String getRiskChart() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        byRisk().forEach((risk, count) -> {
            labels.add(messages.get("customers.widget.slice", messages.get(risk.labelKey()), count));
            values.add(count);
        });
        return ChartConfig.doughnut(labels, values, ChartConfig.RISK_COLOURS);
    }

    public String getRepChart() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        byRep().forEach((rep, count) -> {
            labels.add(rep.name() + " / " + rep.branch());
            values.add(count);
        });
        return ChartConfig.horizontalBars(labels, values, ChartConfig.BAR_COLOUR);
    }

    /** The counts behind the doughnut, as text for screen readers (and browser tests). */
    public List<Map.Entry<RiskTolerance, Long>> getRiskCounts() {
        return new ArrayList<>(byRisk().entrySet());
    }

    private Map<RiskTolerance, Long> byRisk() {
        if (byRisk == null) {
            byRisk = breakdown.byRiskTolerance(scopes.current());
        }
        return byRisk;
    }

    private Map<SalesRepSummary, Long> byRep() {
        if (byRep == null) {
            byRep = breakdown.bySalesRep(scopes.current());
        }
        return byRep;
    }
}
