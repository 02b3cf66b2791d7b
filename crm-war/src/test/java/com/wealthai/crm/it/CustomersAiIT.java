package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.fake.FakeBedrock;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customers module's AI tools with the real module, on a real Payara Micro and the real AWS SDK
 * talking to the fake Bedrock: the model finds a customer with {@code search_customers}, reads the
 * profile with {@code get_customer_profile}, and what reaches the model is the suitability without
 * contact data; a rep asking about another rep's customer gets nothing; the customers' stats figures.
 */
@ExtendWith(ArquillianExtension.class)
class CustomersAiIT {

    private static final String PASSWORD = "wealthai-demo";
    /** 山田 太郎's contact data and birth date in the demo book: none of it may leave for the model. */
    private static final List<String> YAMADA_PII = List.of("090-1111-0001", "09011110001", "taro.yamada@example.jp",
            "丸の内1-1-1", "1958-05-12", "18000000", "250000000");

    private static final FakeBedrock bedrock = ItBedrock.fake();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    @BeforeEach
    void clearScript() {
        bedrock.reset();
    }

    private Api as(String login) {
        return Api.at(app).basic(login, PASSWORD);
    }

    private long customerId(String code) {
        return as("admin").get("api/customers?q=" + code).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void theModelFindsARepsCustomerAndReadsTheSuitabilityButNoContactData() throws IOException {
        long yamada = customerId("C0001");
        bedrock.replyToolUse("tu-1", "search_customers", "{\"query\":\"山田\"}")
                .replyToolUse("tu-2", "get_customer_profile", "{\"customer_id\":" + yamada + "}")
                .replyText("山田 太郎様（C0001）のリスク許容度は安定成長型、投資経験は5年以上です（customer:" + yamada + " より）。");

        Api.Reply reply = as("r001").post("api/chat", "{\"message\":\"山田さんの適合性を教えて\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().getString("reply")).contains("安定成長型");
        List<String> calls = reply.json().getJsonArray("tool_calls").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name")).toList();
        assertThat(calls).containsExactly("search_customers", "get_customer_profile");

        assertThat(bedrock.received()).hasSize(3);
        assertThat(bedrock.received().get(0).body()).contains("\"search_customers\"").contains("\"get_customer_profile\"");
        String afterSearch = bedrock.received().get(1).body();
        assertThat(afterSearch).contains("toolResult").contains("山田 太郎").contains("C0001").contains("\"customer_id\":" + yamada);
        String afterProfile = bedrock.received().get(2).body();
        assertThat(afterProfile).contains("STABLE_GROWTH").contains("OVER_5_YEARS").contains("会社役員")
                .contains("1,000万円以上2,000万円未満").contains("1億円以上3億円未満");
        for (var request : bedrock.received()) {
            assertThat(request.body()).doesNotContain(YAMADA_PII);
        }
        Files.writeString(Path.of("target", "customers-ai-fake-bedrock-request.json"), afterProfile, StandardCharsets.UTF_8);

        JsonObject audit = as("admin").get("api/admin/audit?action=AI_RECORDS_READ&actor=r001&entity_id=" + yamada).json();
        assertThat(audit.getInt("total")).isGreaterThanOrEqualTo(2); // found by the search, then its profile read
        assertThat(audit.getJsonArray("items").getJsonObject(0).getString("entity_type")).isEqualTo("customer");
    }

    @Test
    void aRepCannotReachAnotherRepsCustomerThroughTheTools() {
        long yamada = customerId("C0001");
        bedrock.replyToolUse("tu-1", "search_customers", "{\"query\":\"山田\"}")
                .replyToolUse("tu-2", "get_customer_profile", "{\"customer_id\":" + yamada + "}")
                .replyText("該当する顧客は担当範囲に見つかりませんでした。");

        Api.Reply reply = as("r002").post("api/chat", "{\"message\":\"山田さんのリスク許容度は？\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        String afterSearch = bedrock.received().get(1).body();
        assertThat(afterSearch).contains("\"total\":0").doesNotContain("山田 太郎").doesNotContain("\"customer_code\":\"C0001\"");
        String afterProfile = bedrock.received().get(2).body();
        assertThat(afterProfile).contains("customer " + yamada + " not found")
                .doesNotContain("STABLE_GROWTH").doesNotContain("会社役員").doesNotContain("山田 太郎").doesNotContain(YAMADA_PII);
        assertThat(as("admin").get("api/admin/audit?action=AI_RECORDS_READ&actor=r002&entity_id=" + yamada).json().getInt("total"))
                .isZero();
    }

    @Test
    void theStatsCountTheCustomersWithinTheCallersScope() {
        JsonObject rep = as("r001").get("api/stats").json();
        JsonObject admin = as("admin").get("api/stats").json();

        assertThat(rep.getInt("customers_total")).isGreaterThanOrEqualTo(3).isLessThan(admin.getInt("customers_total"));
        assertThat(rep.getInt("customers_individual") + rep.getInt("customers_corporate")).isEqualTo(rep.getInt("customers_total"));
        assertThat(rep.getInt("sales_reps_total")).isEqualTo(1);
        assertThat(admin.getInt("customers_total")).isGreaterThanOrEqualTo(18);
        assertThat(admin.getInt("customers_corporate")).isGreaterThanOrEqualTo(2);
        assertThat(admin.getInt("customers_new_this_month")).isGreaterThanOrEqualTo(18); // the demo book loaded at start
        assertThat(admin.getInt("sales_reps_total")).isGreaterThanOrEqualTo(7);
    }
}
