package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import java.util.List;

/**
 * The analysis of a book: one rep's ({@code rep} set) or the caller's whole reach ({@code rep} null),
 * with how many holdings it is over and its value at the last month-ends.
 */
public record BookPortfolio(SalesRepSummary rep, PortfolioAnalysis analysis, long holdings, List<ValuationPoint> history) {

    public BookPortfolio {
        history = List.copyOf(history);
    }
}
