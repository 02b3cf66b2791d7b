package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product master's API for administrators: add (201 + Location + ETag; 409 on a taken code; 422
 * naming each bad field), edit with If-Match (428 without, 412 when stale; a field left out is kept),
 * and neither for a rep. The list {@code GET /api/products} still answers beside them.
 */
@ExtendWith(ArquillianExtension.class)
class ProductsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api as(String login) {
        return Api.at(app).basic(login, "wealthai-demo").language("en");
    }

    private static String fund(String code, int risk) {
        return "{\"product_code\":\"" + code + "\",\"name\":\"APIバランスファンド\",\"category\":\"投資信託\",\"currency\":\"JPY\","
                + "\"issuer\":\"ウェルス投信\",\"risk_level\":" + risk + ",\"minimum_investment\":10000,\"commission_rate\":\"1.1\","
                + "\"price_unit\":10000}";
    }

    @Test
    void anAdministratorAddsAndEditsAProductWithItsVersion() {
        String code = "API-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Reply added = as("admin").post("api/products", fund(code, 2));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/api/products/" + code);
        String etag = added.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(added.json().getJsonNumber("price_unit").intValue()).isEqualTo(10000);

        Api.Reply taken = as("admin").post("api/products", fund(code.toLowerCase(), 2));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");

        Api.Reply withoutVersion = as("admin").put("api/products/" + code, "{\"risk_level\":3}");
        Api.Reply first = as("admin").put("api/products/" + code, "{\"risk_level\":3,\"active\":false}", etag);
        Api.Reply stale = as("admin").put("api/products/" + code, "{\"name\":\"上書き\"}", etag);
        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);

        JsonObject now = as("admin").get("api/products/" + code).json();
        assertThat(now.getInt("risk_level")).isEqualTo(3);
        assertThat(now.getBoolean("active")).isFalse();
        assertThat(now.getString("name")).isEqualTo("APIバランスファンド");
        assertThat(now.getString("issuer")).isEqualTo("ウェルス投信");

        Api.Reply list = as("admin").get("api/products?include_inactive=true");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(code);
    }

    @Test
    void badFieldsAreA422NamingEachAndNothingIsAdded() {
        String code = "BAD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Reply refused = as("admin").language("ja").post("api/products", "{\"product_code\":\"" + code + "\",\"name\":\"\","
                + "\"category\":\"株\",\"currency\":\"US\",\"risk_level\":7,\"minimum_investment\":-1,\"price_unit\":0,"
                + "\"maturity_date\":\"2027/03/31\",\"active\":\"yes\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("maturity_date").contains("active");
        Api.Reply rules = as("admin").language("ja").post("api/products", "{\"product_code\":\"" + code + "\",\"name\":\"\","
                + "\"category\":\"株\",\"currency\":\"US\",\"risk_level\":7,\"minimum_investment\":-1,\"price_unit\":0}");
        assertThat(rules.status()).isEqualTo(422);
        assertThat(rules.body()).contains("\"name\"", "category", "currency", "risk_level", "minimum_investment", "price_unit",
                "リスクは1から5までの整数で入力してください。");
        assertThat(as("admin").get("api/products/" + code).status()).isEqualTo(404);
    }

    @Test
    void aRepCannotAddOrEdit() {
        assertThat(as("r001").post("api/products", fund("REP-X1", 2)).status()).isEqualTo(403);
        assertThat(as("r001").put("api/products/7203", "{\"risk_level\":1}", "\"1\"").status()).isEqualTo(403);
        assertThat(as("r001").get("api/products").status()).isEqualTo(200);
    }
}
