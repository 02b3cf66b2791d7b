package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.holdings.HoldingsModule;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Common ground of the holdings AI tools: one {@code customer_id} input, the same JSON as the API,
 * and the customer outside the caller's scope reported as not found.
 */
abstract class HoldingsAiTool implements AiTool {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public String moduleId() {
        return HoldingsModule.ID;
    }

    @Override
    public JsonObject inputSchema() {
        return JSON.createObjectBuilder().add("type", "object")
                .add("properties", JSON.createObjectBuilder().add("customer_id",
                        JSON.createObjectBuilder().add("type", "integer").add("description", "顧客ID / customer id")))
                .add("required", JSON.createArrayBuilder().add("customer_id")).build();
    }

    @Override
    public AiToolResult call(JsonObject input, AccessScope scope) {
        if (!(input.get("customer_id") instanceof JsonNumber id)) {
            throw new IllegalArgumentException("customer_id (integer) is required");
        }
        long customerId = id.longValue();
        try {
            return new AiToolResult(answer(customerId, scope), List.of("customer:" + customerId));
        } catch (RecordNotFoundException e) {
            return new AiToolResult(JSON.createObjectBuilder().add("error", "customer " + customerId + " not found").build(),
                    List.of());
        }
    }

    abstract JsonStructure answer(long customerId, AccessScope scope);
}
