package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The holdings API from the outside on a real Payara Micro: envelope, validation (422), scope (404), auth (401). */
@ExtendWith(ArquillianExtension.class)
class HoldingsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api admin() {
        return Api.at(app).basic("admin", "wealthai-demo").language("en");
    }

    @Test
    void theDemoProductMasterComesInThePagedEnvelope() {
        Api.Reply products = admin().get("api/products");

        assertThat(products.status()).isEqualTo(200);
        JsonObject json = products.json();
        // other tests add products of their own: every active product comes, the demo's 15 among them
        assertThat(json.getInt("total")).isGreaterThanOrEqualTo(15);
        assertThat(json.getJsonArray("items").size()).isEqualTo(json.getInt("total"));
        assertThat(json.getInt("page")).isEqualTo(1);
        assertThat(json.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(p -> p.getString("product_code")))
                .contains("7203", "UST-2Y");
        JsonObject bond = json.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("product_code").equals("UST-2Y")).findFirst().orElseThrow();
        assertThat(bond.getString("currency")).isEqualTo("USD");
        assertThat(bond.getJsonNumber("price_unit").intValue()).isEqualTo(100);
        assertThat(bond.getString("maturity_date")).isNotBlank();
    }

    @Test
    void aTradeWithWrongValuesIsRefusedWith422NamingEachField() {
        Api.Reply reply = admin().post("api/transactions",
                "{\"customer_id\": 1, \"product_code\": 7, \"quantity\": \"many\", \"trade_date\": \"yesterday\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("product_code").contains("quantity").contains("trade_date");
    }

    @Test
    void aDemoCustomersTradesAndPortfolioAnswerBesideTheCustomersOwnResource() {
        long customer = admin().get("api/customers?q=C0001").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        Api.Reply trades = admin().get("api/customers/" + customer + "/transactions");
        Api.Reply portfolio = admin().get("api/customers/" + customer + "/portfolio");
        Api.Reply profile = admin().get("api/customers/" + customer);

        assertThat(trades.status()).as(trades.toString()).isEqualTo(200);
        assertThat(trades.json().getJsonArray("items")).isNotEmpty();
        assertThat(portfolio.status()).as(portfolio.toString()).isEqualTo(200);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().getString("customer_code")).isEqualTo("C0001");
        assertThat(Api.at(app).basic("r002", "wealthai-demo").get("api/customers/" + customer + "/portfolio").status()).isEqualTo(404);
    }

    @Test
    void anUnknownCustomerIs404Everywhere() {
        assertThat(admin().get("api/holdings/customer/987654321").status()).isEqualTo(404);
        assertThat(admin().get("api/customers/987654321/portfolio").status()).isEqualTo(404);
        assertThat(admin().get("api/customers/987654321/transactions").status()).isEqualTo(404);
        Api.Reply trade = admin().post("api/transactions", "{\"customer_id\": 987654321, \"product_code\": \"X\","
                + " \"transaction_type\": \"BUY\", \"trade_date\": \"2026-01-05\", \"quantity\": 1, \"unit_price\": 1}");
        assertThat(trade.status()).isEqualTo(404);
        assertThat(trade.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSyncWithoutAConfiguredProductMasterChangesNothingAndSaysWhy() {
        String before = admin().get("api/products?include_inactive=true").body();

        Api.Reply sync = admin().post("api/products/sync", "");

        assertThat(sync.status()).isEqualTo(200);
        assertThat(sync.json().getBoolean("applied")).isFalse();
        assertThat(sync.json().getJsonArray("errors").getString(0)).contains("PRODUCT_MASTER_URL");
        assertThat(admin().get("api/products?include_inactive=true").body()).isEqualTo(before);
    }

    @Test
    void theBookWideListIsPagedSortedAndLimitedToTheCallersBook() {
        Api r001 = Api.at(app).basic("r001", "wealthai-demo");
        JsonObject own = r001.get("api/holdings?size=5&sort=-unrealized_gain_loss_jpy").json();
        assertThat(own.getInt("total")).isEqualTo(8);
        assertThat(own.getJsonArray("items")).hasSize(5);
        var items = own.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).allSatisfy(h -> assertThat(h.getJsonNumber("customer_id").longValue()).isBetween(1L, 3L));
        assertThat(items.stream().map(h -> h.getJsonNumber("unrealized_gain_loss_jpy").bigDecimalValue()).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(own.getJsonObject("totals").getJsonNumber("market_value_jpy").bigDecimalValue()).isPositive();

        JsonObject all = admin().get("api/holdings?size=100&category=" + java.net.URLEncoder.encode("外国株式",
                java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class))
                .isNotEmpty().allSatisfy(h -> assertThat(h.getString("category")).isEqualTo("外国株式"));
        assertThat(admin().get("api/holdings?size=1000").status()).isEqualTo(422);

        // above the tolerance in r001's book: 小林 誠's Apple (risk 5, 成長型 ≤4) and 山田 太郎's Toyota (risk 4, 安定成長型 ≤3)
        JsonObject unsuitable = r001.get("api/holdings?unsuitable_only=true&sort=product_code").json();
        assertThat(unsuitable.getInt("total")).isEqualTo(2);
        assertThat(unsuitable.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(h -> h.getString("product_code")))
                .containsExactlyInAnyOrder("AAPL", "7203");
        assertThat(unsuitable.getJsonObject("totals").getJsonNumber("market_value_jpy").bigDecimalValue())
                .isEqualByComparingTo("5164920");

        // an admin narrowed to r001's book sees exactly what r001 sees; r001 narrowed to another rep sees nothing
        long r001Id = r001.get("api/me").json().getJsonNumber("sales_rep_id").longValue();
        JsonObject r001Book = r001.get("api/holdings?size=100").json();
        JsonObject narrowed = admin().get("api/holdings?size=100&rep_id=" + r001Id).json();
        assertThat(narrowed.getInt("total")).isEqualTo(r001Book.getInt("total")).isLessThan(admin().get("api/holdings").json().getInt("total"));
        assertThat(narrowed.getJsonObject("totals")).isEqualTo(r001Book.getJsonObject("totals"));
        assertThat(r001.get("api/holdings?rep_id=" + (r001Id + 1)).json().getInt("total")).isZero();
    }

    @Test
    void thePortfolioAnalysisHasTheValuationHistoryAndABookIsScopedToTheCallersReps() {
        Api r001 = Api.at(app).basic("r001", "wealthai-demo");
        long yamada = admin().get("api/customers?q=C0001").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject customer = r001.get("api/customers/" + yamada + "/portfolio").json();
        var history = customer.getJsonArray("valuation_history").getValuesAs(JsonObject.class);
        assertThat(history).hasSize(13);
        // the last point is today, valued like the totals (each position rounded to whole yen there)
        assertThat(history.get(12).getJsonNumber("market_value_jpy").bigDecimalValue()
                .subtract(customer.getJsonNumber("market_value_jpy").bigDecimalValue()).abs()).isLessThanOrEqualTo(java.math.BigDecimal.TEN);
        assertThat(customer.getString("concentration")).isIn("DIVERSIFIED", "MODERATE", "CONCENTRATED");

        var reps = r001.get("api/sales-reps").array().getValuesAs(JsonObject.class);
        long own = reps.get(0).getJsonNumber("id").longValue();
        JsonObject book = r001.get("api/portfolio?rep_id=" + own).json();
        JsonObject list = r001.get("api/holdings?size=1").json().getJsonObject("totals");
        assertThat(book.getInt("holdings_count")).isEqualTo(8);
        assertThat(book.getString("rep_code")).isEqualTo("R001");
        assertThat(book.getJsonNumber("market_value_jpy").bigDecimalValue())
                .isEqualByComparingTo(list.getJsonNumber("market_value_jpy").bigDecimalValue());
        assertThat(book.getJsonArray("allocation_by_category").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("share").bigDecimalValue()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isBetween(new java.math.BigDecimal("0.999"), new java.math.BigDecimal("1.001"));
        assertThat(book.getJsonArray("valuation_history")).hasSize(13);
        assertThat(r001.get("api/portfolio").json().getInt("holdings_count")).isEqualTo(8);
        assertThat(admin().get("api/portfolio").json().getInt("holdings_count")).isEqualTo(38);

        long otherRep = admin().get("api/sales-reps").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("rep_code").equals("R004")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(r001.get("api/portfolio?rep_id=" + otherRep).status()).isEqualTo(404);
        assertThat(Api.at(app).basic("manager", "wealthai-demo").get("api/portfolio?rep_id=" + otherRep).status()).isEqualTo(404);
        assertThat(admin().get("api/portfolio?rep_id=" + otherRep).status()).isEqualTo(200);
    }

    @Test
    void theApiNeedsCredentials() {
        assertThat(Api.at(app).get("api/products").status()).isEqualTo(401);
    }
}
