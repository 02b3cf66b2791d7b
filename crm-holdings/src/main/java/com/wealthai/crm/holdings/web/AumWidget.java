package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.holdings.application.BookSummary;
import com.wealthai.crm.holdings.application.BookTotals;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.domain.Allocation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The dashboard tile "assets under management": the book's market value, cost and gain, and its
 * allocation (kept per book for a minute by the service).
 */
@Named
@RequestScoped
public class AumWidget {

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    private BookSummary summary;

    public BookTotals getTotals() {
        return summary().totals();
    }

    public List<Allocation> getAllocation() {
        return summary().byCategory();
    }

    public String getChart() {
        return AllocationChart.doughnut(getAllocation());
    }

    private BookSummary summary() {
        if (summary == null) {
            summary = holdings.bookSummary(scopes.current());
        }
        return summary;
    }
}
