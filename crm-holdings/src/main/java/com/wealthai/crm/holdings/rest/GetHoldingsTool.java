package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;

/** AI tool {@code get_holdings}: a customer's positions with gains and losses in currency and yen. */
@ApplicationScoped
public class GetHoldingsTool extends HoldingsAiTool {

    @Inject
    HoldingsService holdings;

    @Override
    public String name() {
        return "get_holdings";
    }

    @Override
    public String description() {
        return "顧客の保有商品（数量、平均取得単価、時価、評価損益・実現損益、円換算、適合性フラグ）と合計を返します。";
    }

    @Override
    JsonStructure answer(long customerId, AccessScope scope) {
        return HoldingsJson.customerHoldings(holdings.portfolio(customerId, scope)).build();
    }
}
