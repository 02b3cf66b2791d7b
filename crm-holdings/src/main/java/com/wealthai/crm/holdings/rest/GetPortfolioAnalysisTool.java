package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import java.time.LocalDate;
import java.time.ZoneId;

/** AI tool {@code get_portfolio_analysis}: allocation, concentration, maturities and expected cash inflows. */
@ApplicationScoped
public class GetPortfolioAnalysisTool extends HoldingsAiTool {

    @Inject
    HoldingsService holdings;

    @Override
    public String name() {
        return "get_portfolio_analysis";
    }

    @Override
    public String description() {
        return "顧客のポートフォリオ分析（資産配分、集中度、満期・今後12か月の入金予定、不適合件数）を返します。";
    }

    @Override
    JsonStructure answer(long customerId, AccessScope scope) {
        return HoldingsJson.analysis(holdings.portfolio(customerId, scope), LocalDate.now(ZoneId.of("Asia/Tokyo"))).build();
    }
}
