package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;

/** The caller's customers counted for the dashboard, kept per book: a manager's counts group 10,000 customers. */
@ApplicationScoped
public class CustomerBreakdown {

    @Inject
    CustomerFigures figures;

    @Inject
    BookFigures bookFigures;

    public Map<RiskTolerance, Long> byRiskTolerance(AccessScope scope) {
        return bookFigures.get(Customers.FIGURES + "byRisk", scope,
                () -> Collections.unmodifiableMap(figures.byRiskTolerance(scope)));
    }

    public Map<SalesRepSummary, Long> bySalesRep(AccessScope scope) {
        return bookFigures.get(Customers.FIGURES + "byRep", scope,
                () -> Collections.unmodifiableMap(figures.bySalesRep(scope)));
    }
}
