package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import java.util.List;
import java.util.Map;

/** A customer's open positions, valued, with the suitability flags of each and the portfolio analysis. */
public record CustomerPortfolio(CustomerSummary customer, List<HoldingView> holdings,
                                Map<String, List<SuitabilityFlag>> flagsByProduct, PortfolioAnalysis analysis) {
}
