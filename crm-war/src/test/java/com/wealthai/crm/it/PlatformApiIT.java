package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform's API from the outside, on a real Payara Micro with its embedded PostgreSQL: health,
 * authentication (Basic, bearer tokens, errors as problem+json), module switching and its rules.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformApiIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "wealthai-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api api() {
        return Api.at(app);
    }

    private Api admin() {
        return api().basic(ADMIN, PASSWORD);
    }

    @Test
    void healthIsOpenAndListsEveryModuleIncludingTheTestOnlyOne() {
        Api.Reply health = api().get("api/health");

        assertThat(health.status()).isEqualTo(200);
        JsonObject json = health.json();
        assertThat(json.getString("status")).isEqualTo("UP");
        assertThat(json.getJsonObject("database").getString("status")).isEqualTo("UP");
        assertThat(json.getJsonArray("modules").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("id"))
                .contains("core", "customers", "holdings", "notes", "ai", "labs");
    }

    @Test
    void apiWithoutCredentialsAnswers401AsProblemJson() {
        Api.Reply stats = api().get("api/stats");

        assertThat(stats.status()).isEqualTo(401);
        assertThat(stats.contentType()).startsWith("application/problem+json");
        assertThat(stats.header("WWW-Authenticate")).contains("Bearer").contains("Basic");
        assertThat(stats.json().getString("title")).isEqualTo("認証されていません");
    }

    @Test
    void problemTextFollowsAcceptLanguage() {
        Api.Reply english = api().language("en-US,en;q=0.8").get("api/stats");

        assertThat(english.json().getString("title")).isEqualTo("Unauthorized");
    }

    @Test
    void basicCredentialsIdentifyTheCaller() {
        Api.Reply me = admin().get("api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("login")).isEqualTo(ADMIN);
        assertThat(me.json().getJsonArray("roles").getValuesAs(JsonString.class)).extracting(JsonString::getString).containsExactly("ADMIN");
        assertThat(me.json().getString("reach")).isEqualTo("ALL");
    }

    @Test
    void wrongPasswordOrMalformedHeaderIsRefused() {
        assertThat(api().basic(ADMIN, "not-the-password").get("api/me").status()).isEqualTo(401);
        assertThat(api().authorization("Basic %%%").get("api/me").status()).isEqualTo(401);
        assertThat(api().authorization("Digest abc").get("api/me").status()).isEqualTo(401);
        assertThat(api().bearer("crm_unknown").get("api/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenWorksUntilItsOwnerRevokesIt() {
        Api.Reply created = admin().post("api/me/tokens", "{\"name\":\"integration test\",\"valid_days\":1}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().getString("token");
        long id = created.json().getJsonNumber("id").longValue();

        assertThat(api().bearer(token).get("api/me").json().getString("login")).isEqualTo(ADMIN);

        assertThat(admin().delete("api/me/tokens/" + id).status()).isEqualTo(204);
        assertThat(api().bearer(token).get("api/me").status()).isEqualTo(401);
    }

    @Test
    void aTokenNeedsAName() {
        Api.Reply refused = admin().post("api/me/tokens", "{\"name\":\"\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");
    }

    @Test
    void switchingAModuleOffClosesItsApiAtOnceAndOnAgainReopensIt() {
        assertThat(admin().get("api/labs/ping").status()).isEqualTo(200);
        try {
            Api.Reply off = admin().put("api/admin/modules/labs", "{\"enabled\":false}");
            assertThat(off.status()).isEqualTo(200);
            assertThat(off.json().getBoolean("enabled")).isFalse();
            assertThat(off.json().getString("changed_by")).isEqualTo(ADMIN);

            Api.Reply closed = admin().get("api/labs/ping");
            assertThat(closed.status()).isEqualTo(404);
            assertThat(closed.contentType()).startsWith("application/problem+json");
        } finally {
            assertThat(admin().put("api/admin/modules/labs", "{\"enabled\":true}").status()).isEqualTo(200);
        }
        assertThat(admin().get("api/labs/ping").status()).isEqualTo(200);
    }

    @Test
    void everySwitchIsInTheAuditTrail() {
        admin().put("api/admin/modules/labs", "{\"enabled\":false}");
        admin().put("api/admin/modules/labs", "{\"enabled\":true}");

        JsonObject trail = admin().get("api/admin/audit?entity_type=module&entity_id=labs&size=2").json();
        assertThat(trail.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsExactly("MODULE_ENABLED", "MODULE_DISABLED");
        assertThat(trail.getJsonArray("items").getJsonObject(0).getString("actor")).isEqualTo(ADMIN);
    }

    @Test
    void aModuleOthersNeedCannotBeSwitchedOff() {
        Api.Reply refused = admin().put("api/admin/modules/customers", "{\"enabled\":false}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("顧客").contains("保有商品").contains("営業メモ");
        assertThat(admin().get("api/admin/modules/customers").json().getBoolean("enabled")).isTrue();
    }

    @Test
    void aModuleCannotBeSwitchedOnWhileWhatItNeedsIsOff() {
        try {
            assertThat(admin().put("api/admin/modules/holdings", "{\"enabled\":false}").status()).isEqualTo(200);
            assertThat(admin().put("api/admin/modules/notes", "{\"enabled\":false}").status()).isEqualTo(200);
            assertThat(admin().put("api/admin/modules/customers", "{\"enabled\":false}").status()).isEqualTo(200);

            Api.Reply refused = admin().language("en").put("api/admin/modules/holdings", "{\"enabled\":true}");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().getString("detail")).isEqualTo("Cannot enable \"Holdings\": it needs Customers, which is disabled or missing.");
            assertThat(admin().get("api/admin/modules/holdings").json().getBoolean("enabled")).isFalse();
        } finally {
            admin().put("api/admin/modules/customers", "{\"enabled\":true}");
            admin().put("api/admin/modules/holdings", "{\"enabled\":true}");
            admin().put("api/admin/modules/notes", "{\"enabled\":true}");
        }
    }

    @Test
    void theCoreCannotBeSwitchedOff() {
        assertThat(admin().put("api/admin/modules/core", "{\"enabled\":false}").status()).isEqualTo(409);
    }

    @Test
    void malformedOrWrongShapedBodiesAreRefusedClearly() {
        Api.Reply malformed = admin().put("api/admin/modules/labs", "{not json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Api.Reply wrongShape = admin().put("api/admin/modules/labs", "{\"enabled\":\"maybe\"}");
        assertThat(wrongShape.status()).isEqualTo(422);
        assertThat(wrongShape.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("enabled");
    }

    @Test
    void unknownThingsAre404AsProblemJson() {
        Api.Reply unknownPath = admin().get("api/no-such-thing");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.contentType()).startsWith("application/problem+json");

        assertThat(admin().get("api/admin/modules/no-such-module").status()).isEqualTo(404);
    }

    @Test
    void securityHeadersAreOnApiResponses() {
        Api.Reply health = api().get("api/health");

        assertThat(health.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(health.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(health.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(health.header("Referrer-Policy")).isNotBlank();
    }
}
