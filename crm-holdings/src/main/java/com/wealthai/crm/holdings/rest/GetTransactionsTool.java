package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;

/** AI tool {@code get_transactions}: a customer's latest 50 transactions, newest first. */
@ApplicationScoped
public class GetTransactionsTool extends HoldingsAiTool {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final int LATEST = 50;

    @Inject
    HoldingsService holdings;

    @Override
    public String name() {
        return "get_transactions";
    }

    @Override
    public String description() {
        return "顧客の取引履歴（直近50件、約定日の新しい順：買付・売却・配当・利金・償還、実現損益）を返します。";
    }

    @Override
    JsonStructure answer(long customerId, AccessScope scope) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        holdings.transactions(customerId, 0, LATEST, scope).forEach(t -> items.add(HoldingsJson.transaction(t)));
        return JSON.createObjectBuilder().add("customer_id", customerId).add("items", items).build();
    }
}
