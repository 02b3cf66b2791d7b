package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.StatsContribution;
import com.wealthai.crm.holdings.HoldingsModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** The holdings' figures in {@code /api/stats}: open positions, assets under management, cost and unrealised gain in yen. */
@ApplicationScoped
public class HoldingsStats implements StatsContribution {

    @Inject
    HoldingsService holdings;

    @Override
    public String moduleId() {
        return HoldingsModule.ID;
    }

    @Override
    public Map<String, Number> figures(AccessScope scope) {
        BookTotals totals = holdings.bookSummary(scope).totals();
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("holdings_total", totals.positions());
        figures.put("aum_jpy", totals.marketValueJpy());
        figures.put("book_value_jpy", totals.bookValueJpy());
        figures.put("unrealized_gain_loss_jpy", totals.unrealisedGainJpy());
        return figures;
    }
}
