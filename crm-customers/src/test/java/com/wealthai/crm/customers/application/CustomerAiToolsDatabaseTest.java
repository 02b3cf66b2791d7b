package com.wealthai.crm.customers.application;

import static com.wealthai.crm.customers.application.CustomersDatabase.ADMIN;
import static com.wealthai.crm.customers.application.CustomersDatabase.MANAGER;
import static com.wealthai.crm.customers.application.CustomersDatabase.NOBODY;
import static com.wealthai.crm.customers.application.CustomersDatabase.SATO;
import static com.wealthai.crm.customers.application.CustomersDatabase.SUZUKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiToolResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The AI tools {@code search_customers} and {@code get_customer_profile} on a real PostgreSQL with the
 * demo book: they find customers in any spelling, within the asking user's scope only (another rep's
 * customer is "not found", exactly like a missing one), report what they read for the audit trail, and
 * never hand the model contact data or the exact birth date.
 */
class CustomerAiToolsDatabaseTest {

    /** 2026/11/25 10:00 in Tokyo. */
    private static final Clock NOV_25 = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final CustomersDatabase db = new CustomersDatabase();

    private static AiToolResult search(String input, AccessScope scope) {
        AtomicReference<AiToolResult> result = new AtomicReference<>();
        db.run(em -> {
            CustomerSearchTool tool = new CustomerSearchTool();
            tool.search = db.search(em);
            tool.messages = CustomersDatabase.MESSAGES;
            tool.clock = NOV_25;
            result.set(tool.call(json(input), scope));
        });
        return result.get();
    }

    private static AiToolResult profile(String input, AccessScope scope) {
        AtomicReference<AiToolResult> result = new AtomicReference<>();
        db.run(em -> {
            CustomerProfileTool tool = new CustomerProfileTool();
            tool.search = db.search(em);
            tool.messages = CustomersDatabase.MESSAGES;
            tool.clock = NOV_25;
            result.set(tool.call(json(input), scope));
        });
        return result.get();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static List<String> codes(AiToolResult result) {
        return result.content().asJsonObject().getJsonArray("customers").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("customer_code")).toList();
    }

    @Test
    void aRepFindsTheirCustomerByKanjiKanaOrCodeWithItsIdAndTheReadIsReported() {
        AiToolResult byKanji = search("{\"query\":\"山田\"}", SATO);

        JsonObject hit = byKanji.content().asJsonObject().getJsonArray("customers").getJsonObject(0);
        assertThat(hit.getInt("customer_id")).isEqualTo(1);
        assertThat(hit.getString("name")).isEqualTo("山田 太郎");
        assertThat(hit.getInt("age")).isEqualTo(68);
        assertThat(hit.getJsonObject("risk_tolerance").getString("label")).isEqualTo("安定成長型");
        assertThat(byKanji.content().asJsonObject().getInt("total")).isEqualTo(1);
        assertThat(byKanji.recordsRead()).containsExactly("customer:1");

        assertThat(codes(search("{\"query\":\"やまだ\"}", SATO))).containsExactly("C0001");
        assertThat(codes(search("{\"query\":\"ﾔﾏﾀﾞ\"}", SATO))).containsExactly("C0001");
        assertThat(codes(search("{\"query\":\"c0002\"}", SATO))).containsExactly("C0002");
        assertThat(codes(search("{\"query\":\"山田 太郎様\"}", SATO))).as("a title after the name").containsExactly("C0001");
        assertThat(codes(search("{\"query\":\"やまださん\"}", SATO))).containsExactly("C0001");
    }

    @Test
    void aWholePhoneNumberFindsTheCustomerWithoutTheNumberComingBack() {
        AiToolResult result = search("{\"query\":\"09011110001\"}", SATO);

        assertThat(codes(result)).containsExactly("C0001");
        assertThat(result.content().toString()).doesNotContain("090-1111-0001").doesNotContain("09011110001");
    }

    @Test
    void aRepSearchingAnotherRepsCustomerFindsNothingAndNothingIsReportedRead() {
        AiToolResult result = search("{\"query\":\"山田\"}", SUZUKI);

        assertThat(result.content().asJsonObject().getInt("total")).isZero();
        assertThat(codes(result)).isEmpty();
        assertThat(result.recordsRead()).isEmpty();
        assertThat(codes(search("{\"query\":\"09011110001\"}", SUZUKI))).isEmpty();
    }

    @Test
    void theSearchIsBoundedByTheCallersReachAndTheLimit() {
        assertThat(codes(search("{\"query\":\"C00\",\"limit\":50}", SATO))).containsExactlyInAnyOrder("C0001", "C0002", "C0003");
        assertThat(codes(search("{\"query\":\"C00\",\"limit\":50}", MANAGER)))
                .containsExactlyInAnyOrder("C0001", "C0002", "C0003", "C0004", "C0005", "C0006", "C0007", "C0017");
        assertThat(codes(search("{\"query\":\"C00\"}", NOBODY))).isEmpty();

        AiToolResult firstFive = search("{\"query\":\"C00\",\"limit\":5}", ADMIN);
        assertThat(firstFive.content().asJsonObject().getInt("returned")).isEqualTo(5);
        assertThat(firstFive.content().asJsonObject().getInt("total")).isEqualTo(18);
        assertThat(firstFive.recordsRead()).hasSize(5);
    }

    @Test
    void theProfileGivesSuitabilityAndBandsButNoContactDataOrBirthDate() {
        AiToolResult result = profile("{\"customer_id\":1}", SATO);

        JsonObject p = result.content().asJsonObject();
        assertThat(p.getString("customer_code")).isEqualTo("C0001");
        assertThat(p.getString("name")).isEqualTo("山田 太郎");
        assertThat(p.getInt("age")).isEqualTo(68);
        assertThat(p.getString("occupation")).isEqualTo("会社役員");
        JsonObject suitability = p.getJsonObject("suitability");
        assertThat(suitability.getString("risk_tolerance")).isEqualTo("STABLE_GROWTH");
        assertThat(suitability.getString("risk_tolerance_label")).isEqualTo("安定成長型");
        assertThat(suitability.getString("investment_experience_label")).isEqualTo("5年以上");
        assertThat(suitability.getJsonObject("annual_income_band").getString("label")).isEqualTo("1,000万円以上2,000万円未満");
        assertThat(suitability.getJsonObject("net_worth_band").getString("label")).isEqualTo("1億円以上3億円未満");
        assertThat(result.recordsRead()).containsExactly("customer:1");

        String all = p.toString();
        assertThat(all).doesNotContain("090-1111-0001", "taro.yamada@example.jp", "丸の内1-1-1", "1958", "18000000", "250000000");
    }

    @Test
    void aCorporationsProfileSpeaksOfRevenueAndNetAssets() {
        JsonObject p = profile("{\"customer_id\":17}", ADMIN).content().asJsonObject();

        assertThat(p.getString("customer_type")).isEqualTo("CORPORATE");
        assertThat(p.getString("representative_name")).isEqualTo("丸山 浩二");
        assertThat(p.getInt("established_year")).isEqualTo(1998);
        assertThat(p.containsKey("age")).isFalse();
        assertThat(p.getJsonObject("suitability").getJsonObject("annual_revenue_band").getString("label")).isEqualTo("1億円以上10億円未満");
        assertThat(p.getJsonObject("suitability").getJsonObject("net_assets_band").getString("label")).isEqualTo("10億円以上100億円未満");
        assertThat(p.toString()).doesNotContain("ir@marunouchi-tech", "03-3201-9017", "大手町");
    }

    @Test
    void anotherRepsCustomerIsNotFoundExactlyLikeAMissingOne() {
        AiToolResult foreign = profile("{\"customer_id\":1}", SUZUKI);
        AiToolResult missing = profile("{\"customer_id\":9999}", SUZUKI);

        assertThat(foreign.content().toString()).isEqualTo("{\"error\":\"customer 1 not found\"}");
        assertThat(missing.content().toString()).isEqualTo("{\"error\":\"customer 9999 not found\"}");
        assertThat(foreign.recordsRead()).isEmpty();
        assertThat(profile("{\"customer_id\":13}", MANAGER).content().toString()).contains("not found");
        assertThat(profile("{\"customer_id\":7}", MANAGER).content().asJsonObject().getString("customer_code")).isEqualTo("C0007");
        assertThat(profile("{\"customer_id\":1}", NOBODY).content().toString()).contains("not found");
    }

    @Test
    void inputThatDoesNotFitTheSchemaIsSentBackToTheModel() {
        assertThatThrownBy(() -> profile("{\"customer_id\":\"C0001\"}", SATO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer_id");
        assertThatThrownBy(() -> profile("{}", SATO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search("{\"query\":\"  \"}", SATO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query");
        assertThatThrownBy(() -> search("{\"query\":\"山田\",\"limit\":\"all\"}", SATO)).isInstanceOf(IllegalArgumentException.class);
    }
}
