package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/customers} and {@code /api/sales-reps} from the outside, on a real Payara Micro with the
 * demo data: the seed's figures, kana search in every spelling, paging and sorting, the contract of
 * create and edit (201 + Location + ETag, 428 / 412, 422 per field, 409 on a taken code) and scope
 * (another rep's customer is a 404, never its data).
 */
@ExtendWith(ArquillianExtension.class)
class CustomersApiIT {

    private static final String PASSWORD = "wealthai-demo";
    private static final AtomicInteger CODES = new AtomicInteger((int) (System.nanoTime() % 1000));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api as(String login) {
        return Api.at(app).basic(login, PASSWORD);
    }

    private List<JsonObject> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> codes(List<JsonObject> rows) {
        return rows.stream().map(c -> c.getString("customer_code")).toList();
    }

    private static String uniqueCode() {
        return "T" + System.currentTimeMillis() % 100_000 + CODES.incrementAndGet();
    }

    private static String individual(String code, String name, String kana, String extra) {
        return "{\"customer_code\":\"" + code + "\",\"customer_type\":\"INDIVIDUAL\",\"name\":\"" + name + "\",\"name_kana\":\"" + kana
                + "\",\"birth_date\":\"1980-02-03\",\"gender\":\"FEMALE\",\"email\":\"test@example.jp\",\"risk_tolerance\":\"GROWTH\","
                + "\"investment_experience\":\"ONE_TO_5_YEARS\",\"annual_income\":8000000" + extra + "}";
    }

    @Test
    void theDemoHasTheSeedsSevenRepsAndEighteenCustomersOfWhichTwoCorporations() {
        List<JsonObject> all = items(as("admin").get("api/customers?size=500&sort=customer_code"));
        List<JsonObject> demo = all.stream().filter(c -> c.getString("customer_code").matches("C00\\d\\d")).toList();

        assertThat(demo).hasSize(18);
        assertThat(demo).filteredOn(c -> c.getString("customer_type").equals("CORPORATE")).hasSize(2);
        assertThat(codes(demo)).startsWith("C0001", "C0002").endsWith("C0018");
        assertThat(as("admin").get("api/sales-reps").array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("rep_code")).contains("R001", "R002", "R003", "R004", "R005", "R006", "R007");
    }

    @Test
    void aPartialNameMatchesInKanjiHiraganaKatakanaAndHalfWidthKana() {
        Api admin = as("admin");

        List<String> byKanji = codes(items(admin.get("api/customers?q=" + Api.encode("松本"))));
        List<String> byHiragana = codes(items(admin.get("api/customers?q=" + Api.encode("まつもと"))));
        List<String> byKatakana = codes(items(admin.get("api/customers?q=" + Api.encode("マツモト"))));
        List<String> byHalfWidth = codes(items(admin.get("api/customers?q=" + Api.encode("ﾏﾂﾓﾄ"))));
        List<String> byCode = codes(items(admin.get("api/customers?q=c0006")));

        assertThat(byKanji).contains("C0006");
        assertThat(byHiragana).isEqualTo(byKanji);
        assertThat(byKatakana).isEqualTo(byKanji);
        assertThat(byHalfWidth).isEqualTo(byKanji);
        assertThat(byCode).containsExactly("C0006");
    }

    @Test
    void listsArePagedAndSortedAndABadFilterIsA422NamingTheField() {
        Api admin = as("admin");

        JsonObject second = admin.get("api/customers?size=5&page=2&sort=customer_code").json();
        List<JsonObject> descending = items(admin.get("api/customers?size=3&sort=-customer_code"));
        Api.Reply badType = admin.language("ja").get("api/customers?type=PERSON");

        assertThat(second.getInt("page")).isEqualTo(2);
        assertThat(second.getInt("size")).isEqualTo(5);
        assertThat(second.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(18);
        assertThat(codes(second.getJsonArray("items").getValuesAs(JsonObject.class))).hasSize(5).isSorted();
        assertThat(codes(descending)).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.contentType()).startsWith("application/problem+json");
        assertThat(badType.body()).contains("\"type\"").contains("INDIVIDUAL");
    }

    @Test
    void aRepSeesOnlyTheirOwnBookAndAnotherRepsCustomerIsNotFound() {
        List<JsonObject> r001Book = items(as("r001").get("api/customers?size=500"));
        long r001Rep = r001Book.get(0).getJsonNumber("sales_rep_id").longValue();
        JsonObject othersCustomer = items(as("admin").get("api/customers?size=500")).stream()
                .filter(c -> c.getJsonNumber("sales_rep_id").longValue() != r001Rep).findFirst().orElseThrow();

        Api.Reply peek = as("r001").get("api/customers/" + othersCustomer.getJsonNumber("id"));
        Api.Reply edit = as("r001").put("api/customers/" + othersCustomer.getJsonNumber("id"), individual("X1", "侵入", "シンニュウ", ""));

        assertThat(r001Book).allMatch(c -> c.getJsonNumber("sales_rep_id").longValue() == r001Rep);
        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.body()).doesNotContain(othersCustomer.getString("name"));
        assertThat(edit.status()).isIn(404, 428);
        assertThat(as("r001").get("api/sales-reps").array()).hasSize(1);
    }

    @Test
    void aCustomerIsCreatedWithItsLocationAndVersionAndReadBackDecrypted() {
        String code = uniqueCode();

        Api.Reply created = as("r002").post("api/customers", individual(code, "佐藤 花子", "サトウ ハナコ", ",\"phone\":\"090-1234-5678\""));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.header("Location")).endsWith("/api/customers/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"" + created.json().getJsonNumber("version") + "\"");
        JsonObject read = as("r002").get("api/customers/" + id).json();
        assertThat(read.getString("phone")).isEqualTo("090-1234-5678");
        assertThat(read.getString("birth_date")).isEqualTo("1980-02-03");
        assertThat(read.getString("created_by")).isEqualTo("r002");
        assertThat(as("r001").get("api/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void anEditNeedsTheVersionItReadAndAStaleOneIsRefused() {
        String code = uniqueCode();
        long id = as("r003").post("api/customers", individual(code, "高橋 一郎", "タカハシ イチロウ", "")).json().getJsonNumber("id").longValue();
        String etag = as("r003").get("api/customers/" + id).header("ETag");

        Api.Reply withoutVersion = as("r003").put("api/customers/" + id, individual(code, "高橋 一郎", "タカハシ イチロウ", ""));
        Api.Reply first = as("r003").put("api/customers/" + id, individual(code, "高橋 一朗", "タカハシ イチロウ", ""), etag);
        Api.Reply second = as("r003").put("api/customers/" + id, individual(code, "高橋 市郎", "タカハシ イチロウ", ""), etag);

        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        assertThat(second.status()).isEqualTo(412);
        assertThat(as("r003").get("api/customers/" + id).json().getString("name")).isEqualTo("高橋 一朗");
    }

    @Test
    void invalidFieldsAreA422ListingEachFieldAndNothingIsSaved() {
        String code = uniqueCode();

        Api.Reply refused = as("r001").language("ja").post("api/customers", "{\"customer_code\":\"" + code + "\",\"name\":\"\","
                + "\"name_kana\":\"yamada\",\"email\":\"not-an-email\",\"birth_date\":\"2999-01-01\",\"annual_income\":-5,"
                + "\"risk_tolerance\":\"YOLO\"}");
        Api.Reply badDate = as("r001").language("en").post("api/customers", individual(code, "山田", "ヤマダ", "").replace("1980-02-03", "03/02/1980"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("risk_tolerance");
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.body()).contains("birth_date").contains("YYYY-MM-DD");
        Api.Reply rules = as("r001").language("ja").post("api/customers", "{\"customer_code\":\"" + code + "\",\"name\":\"\","
                + "\"name_kana\":\"yamada\",\"email\":\"not-an-email\",\"birth_date\":\"2999-01-01\",\"annual_income\":-5}");
        assertThat(rules.status()).isEqualTo(422);
        assertThat(rules.body()).contains("\"name\"").contains("name_kana").contains("email").contains("birth_date").contains("annual_income");
        assertThat(items(as("admin").get("api/customers?q=" + code))).isEmpty();
    }

    @Test
    void aTakenCustomerCodeIsAConflict() {
        Api.Reply taken = as("admin").post("api/customers", individual("C0001", "重複 太郎", "チョウフク タロウ", ",\"sales_rep_id\":1"));

        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownIdsAndMalformedBodiesAreProblems() {
        assertThat(as("admin").get("api/customers/999999999").status()).isEqualTo(404);
        assertThat(as("admin").post("api/customers", "{not json").status()).isEqualTo(400);
        assertThat(Api.at(app).get("api/customers").status()).isEqualTo(401);
    }
}
