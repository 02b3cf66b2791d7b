package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.YenBand;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Customers as the AI assistant sees them. The one place that decides what of a customer leaves for
 * the model: names, codes, age, occupation and suitability, with income and net worth as bands;
 * never phone, e-mail, address or the exact birth date (DESIGN.md, data minimisation). Fixed-list
 * values go with their Japanese label, the words the advisor and the system prompt use.
 */
final class CustomerAiJson {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final CrmMessages messages;
    private final LocalDate today;

    CustomerAiJson(CrmMessages messages, LocalDate today) {
        this.messages = messages;
        this.today = today;
    }

    /** A search hit: enough to tell customers apart and ask for the profile by id. */
    JsonObjectBuilder brief(Customer c) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("customer_id", c.getId())
                .add("customer_code", c.getCustomerCode())
                .add("name", c.getName())
                .add("name_kana", c.getNameKana())
                .add("customer_type", c.getType().name());
        Integer age = c.ageOn(today);
        if (age != null) {
            json.add("age", age);
        }
        return json.add("risk_tolerance", label(c.getRiskTolerance().name(), c.getRiskTolerance().labelKey()))
                .add("sales_rep", c.getSalesRep().getName())
                .add("branch", c.getSalesRep().getBranch());
    }

    /** The profile an advisor works from: who the customer is and what risk they may take. */
    JsonObjectBuilder profile(Customer c) {
        JsonObjectBuilder json = brief(c);
        json.add("customer_type_label", ja(c.getType().labelKey()));
        if (c.isCorporate()) {
            addIfPresent(json, "representative_name", c.getRepresentativeName());
            if (c.getEstablishedDate() != null) {
                json.add("established_year", c.getEstablishedDate().getYear());
            }
            addIfPresent(json, "industry", c.getOccupation());
        } else {
            addIfPresent(json, "occupation", c.getOccupation());
        }
        JsonObjectBuilder suitability = JSON.createObjectBuilder()
                .add("risk_tolerance", c.getRiskTolerance().name())
                .add("risk_tolerance_label", ja(c.getRiskTolerance().labelKey()))
                .add("investment_experience", c.getInvestmentExperience().name())
                .add("investment_experience_label", ja(c.getInvestmentExperience().labelKey()));
        // For a corporation the two amounts are its revenue and net assets (see the demo book and the form).
        addBand(suitability, c.isCorporate() ? "annual_revenue_band" : "annual_income_band", YenBand.of(c.getAnnualIncome(), YenBand.INCOME));
        addBand(suitability, c.isCorporate() ? "net_assets_band" : "net_worth_band", YenBand.of(c.getNetWorth(), YenBand.ASSETS));
        json.add("suitability", suitability);
        json.add("sales_rep_id", c.getSalesRep().getId());
        return json;
    }

    private JsonObjectBuilder label(String code, String key) {
        return JSON.createObjectBuilder().add("code", code).add("label", ja(key));
    }

    private String ja(String key) {
        return messages.get(Locale.JAPANESE, key);
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }

    private static void addBand(JsonObjectBuilder json, String name, YenBand band) {
        if (band == null) {
            return;
        }
        JsonObjectBuilder range = JSON.createObjectBuilder().add("from_jpy", band.from());
        if (band.to() != null) {
            range.add("below_jpy", band.to());
        }
        json.add(name, range.add("label", band.label()));
    }
}
