package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.domain.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * AI tool {@code search_customers}: finds customers by part of the name (kanji or kana), customer
 * code or a whole phone number, within the asking user's scope, the same search as the customer list.
 * It answers with a few lines per customer and their ids, for {@code get_customer_profile} and the
 * other modules' tools; the phone number typed is matched by its keyed digest and never echoed.
 */
@ApplicationScoped
public class CustomerSearchTool implements AiTool {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 20;

    /** Titles a model (or the user it quotes) puts after a name: 山田さん, 山田様, 関西精工御中. */
    private static final Pattern HONORIFIC = Pattern.compile("\\s*(さん|様|さま|サマ|氏|殿|御中|くん|ちゃん)$");

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
        return "search_customers";
    }

    @Override
    public String description() {
        return "Finds the advisor's customers by part of the name (kanji, hiragana or katakana), customer code "
                + "(e.g. C0001) or a whole phone number. Returns up to 20 matches with customer_id, code, name, kana, "
                + "type, age, risk tolerance and sales rep, and the total number of matches. Use it first when the "
                + "user names a customer (honorifics such as さん or 様 are ignored), then pass customer_id to the other tools. Only customers the user may see are found.";
    }

    @Override
    public JsonObject inputSchema() {
        return JSON.createObjectBuilder().add("type", "object")
                .add("properties", JSON.createObjectBuilder()
                        .add("query", JSON.createObjectBuilder().add("type", "string").add("minLength", 1)
                                .add("description", "顧客名・フリガナの一部、顧客コード、または電話番号 / part of a name or kana, a code, or a phone number"))
                        .add("limit", JSON.createObjectBuilder().add("type", "integer").add("minimum", 1).add("maximum", MAX_LIMIT)
                                .add("description", "how many customers at most, " + DEFAULT_LIMIT + " by default")))
                .add("required", JSON.createArrayBuilder().add("query")).build();
    }

    @Override
    public AiToolResult call(JsonObject input, AccessScope scope) {
        if (!(input.get("query") instanceof JsonString text) || text.getString().isBlank()) {
            throw new IllegalArgumentException("query (a non-empty string) is required");
        }
        int limit = DEFAULT_LIMIT;
        if (input.containsKey("limit")) {
            if (!(input.get("limit") instanceof JsonNumber n)) {
                throw new IllegalArgumentException("limit must be an integer from 1 to " + MAX_LIMIT);
            }
            limit = Math.max(1, Math.min(MAX_LIMIT, n.intValue()));
        }
        CustomerFilter filter = new CustomerFilter(withoutHonorific(text.getString()), null, null, null);
        List<Customer> found = search.page(filter, scope, CustomerSort.NAME, false, 0, limit);
        long total = found.size() < limit ? found.size() : search.count(filter, scope);

        CustomerAiJson json = new CustomerAiJson(messages, LocalDate.now(clock));
        JsonArrayBuilder customers = JSON.createArrayBuilder();
        List<String> read = new ArrayList<>();
        for (Customer c : found) {
            customers.add(json.brief(c));
            read.add("customer:" + c.getId());
        }
        return new AiToolResult(JSON.createObjectBuilder()
                .add("total", total)
                .add("returned", found.size())
                .add("customers", customers).build(), read);
    }

    /** The name as stored carries no title, so a title typed after it would match nothing. */
    static String withoutHonorific(String query) {
        String trimmed = query.trim();
        String bare = HONORIFIC.matcher(trimmed).replaceFirst("");
        return bare.isEmpty() ? trimmed : bare;
    }
}
