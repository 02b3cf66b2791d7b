package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.holdings.application.BookTotals;
import com.wealthai.crm.holdings.application.HoldingFilter;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.domain.Allocation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The dashboard tile "assets under management": the book's market value, cost and gain, and its allocation. */
@Named
@RequestScoped
public class AumWidget {

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    private BookTotals totals;
    private List<Allocation> allocation;

    public BookTotals getTotals() {
        if (totals == null) {
            totals = holdings.bookTotals(HoldingFilter.none(), scopes.current());
        }
        return totals;
    }

    public List<Allocation> getAllocation() {
        if (allocation == null) {
            allocation = holdings.bookAllocation(scopes.current());
        }
        return allocation;
    }

    public String getChart() {
        return AllocationChart.doughnut(getAllocation());
    }
}
