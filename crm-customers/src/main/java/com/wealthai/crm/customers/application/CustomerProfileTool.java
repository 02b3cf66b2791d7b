package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.customers.CustomersModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * AI tool {@code get_customer_profile}: one customer's profile and suitability (適合性) — type, age,
 * occupation, risk tolerance, investment experience, income and net worth as bands — for the asking
 * user. A customer outside their scope is answered exactly like one that does not exist.
 */
@ApplicationScoped
public class CustomerProfileTool implements AiTool {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    CustomerSearch search;

    @Inject
    CrmMessages messages;

    Clock clock = Clock.system(CustomerDirectoryBean.TOKYO);

    @Override
    public String moduleId() {
        return CustomersModule.ID;
    }

    @Override
    public String name() {
        return "get_customer_profile";
    }

    @Override
    public String description() {
        return "One customer's profile for suitability: type (individual or corporate), age, occupation or industry, "
                + "risk tolerance (安定型 < 安定成長型 < 成長型 < 積極型), investment experience, annual income and net worth "
                + "as bands (revenue and net assets for a corporation), and the sales rep. Contact data is never given. "
                + "Use it before proposing anything, and do not suggest products above the customer's risk tolerance without saying so.";
    }

    @Override
    public JsonObject inputSchema() {
        return JSON.createObjectBuilder().add("type", "object")
                .add("properties", JSON.createObjectBuilder().add("customer_id",
                        JSON.createObjectBuilder().add("type", "integer").add("description", "顧客ID / customer id (from search_customers)")))
                .add("required", JSON.createArrayBuilder().add("customer_id")).build();
    }

    @Override
    public AiToolResult call(JsonObject input, AccessScope scope) {
        if (!(input.get("customer_id") instanceof JsonNumber id) || !id.isIntegral()) {
            throw new IllegalArgumentException("customer_id (integer) is required");
        }
        long customerId = id.longValue();
        CustomerAiJson json = new CustomerAiJson(messages, LocalDate.now(clock));
        return search.find(customerId, scope)
                .map(c -> new AiToolResult(json.profile(c).build(), List.of("customer:" + customerId)))
                .orElseGet(() -> new AiToolResult(JSON.createObjectBuilder()
                        .add("error", "customer " + customerId + " not found").build(), List.of()));
    }
}
