package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/sales-notes} from the outside, on a real Payara Micro with the demo data: the 26 demo
 * notes, creating (sanitised, 201, ETag), editing with If-Match (428 without, 412 when stale),
 * validation as problem+json, the follow-up buckets, one-step complete and postpone, and scope.
 */
@ExtendWith(ArquillianExtension.class)
class SalesNotesApiIT {

    private static final String PASSWORD = "wealthai-demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    private Api as(String login) {
        return Api.at(app).basic(login, PASSWORD);
    }

    private List<JsonObject> notes(Api api, String query) {
        Api.Reply reply = api.get("api/sales-notes?size=500" + query);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** A customer of r001's book, taken from r001's own notes. */
    private long customerOfR001() {
        return notes(as("r001"), "").get(0).getJsonNumber("customer_id").longValue();
    }

    private JsonObject create(Api api, long customerId, String title, String followUp) {
        Api.Reply created = api.post("api/sales-notes", "{\"customer_id\":" + customerId + ",\"note_type\":\"VISIT\",\"title\":\"" + title
                + "\",\"content\":\"<p><strong>提案</strong>しました<script>alert(1)</script><a href=\\\"javascript:alert(2)\\\" onclick=\\\"x()\\\">資料</a></p>\""
                + (followUp == null ? "" : ",\"follow_up_date\":\"" + followUp + "\"") + ",\"priority\":\"HIGH\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    @Test
    void theDemoHasTwentySixNotesWithOverdueDueThisWeekAndDoneOnes() {
        List<JsonObject> demo = notes(as("admin"), "").stream().filter(n -> "demo".equals(n.getString("created_by", null))).toList();

        assertThat(demo).hasSize(26);
        assertThat(demo).anyMatch(n -> "OVERDUE".equals(n.getString("follow_up_bucket", null)));
        assertThat(demo).anyMatch(n -> "THIS_WEEK".equals(n.getString("follow_up_bucket", null)) || "TODAY".equals(n.getString("follow_up_bucket", null)));
        assertThat(demo).anyMatch(n -> "DONE".equals(n.getString("status")));
        JsonObject followUps = as("admin").get("api/sales-notes/follow-ups").json();
        assertThat(followUps.getJsonArray("overdue")).isNotEmpty();
        assertThat(followUps.getString("today")).isNotBlank();
    }

    @Test
    void aNoteIsCreatedSanitisedWithItsLocationAndVersion() {
        long customer = customerOfR001();

        Api.Reply created = as("r001").post("api/sales-notes", "{\"customer_id\":" + customer + ",\"note_type\":\"CALL\",\"title\":\"API で作成\","
                + "\"content\":\"<p onmouseover=\\\"steal()\\\"><em>丁寧に</em>説明<script>alert(1)</script><a href=\\\"javascript:alert(2)\\\">x</a></p>\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/sales-notes/" + created.json().getJsonNumber("note_id"));
        assertThat(created.header("ETag")).isEqualTo("\"" + created.json().getInt("version") + "\"");
        assertThat(created.json().getString("content")).isEqualTo("<p><em>丁寧に</em>説明x</p>");
        assertThat(created.json().getString("status")).isEqualTo("OPEN");
        assertThat(created.json().getString("priority")).isEqualTo("MEDIUM");
    }

    @Test
    void badInputIsRefusedFieldByFieldInTheCallersLanguage() {
        long customer = customerOfR001();
        String yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).minusDays(1).toString();

        Api.Reply refused = as("r001").post("api/sales-notes", "{\"customer_id\":" + customer + ",\"note_type\":\"FAX\",\"title\":\"\","
                + "\"follow_up_date\":\"" + yesterday + "\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("note_type");
        Api.Reply rules = as("r001").post("api/sales-notes", "{\"customer_id\":" + customer + ",\"note_type\":\"VISIT\",\"title\":\"" + "長".repeat(201)
                + "\",\"follow_up_date\":\"" + yesterday + "\"}");
        assertThat(rules.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field") + ": " + e.getString("message"))
                .containsExactly("title: 件名は200文字以内で入力してください。",
                        "follow_up_date: 未完了のメモのフォロー日は、メモの日付以降にしてください。");
    }

    @Test
    void anEditNeedsTheVersionReadAndAStaleOneIsRefused() {
        JsonObject note = create(as("r001"), customerOfR001(), "編集の確認", null);
        String path = "api/sales-notes/" + note.getJsonNumber("note_id");
        String body = "{\"note_type\":\"MEETING\",\"title\":\"編集後\",\"priority\":\"LOW\",\"status\":\"IN_PROGRESS\"}";

        Api.Reply withoutVersion = as("r001").put(path, body);
        assertThat(withoutVersion.status()).isEqualTo(428);

        String etag = as("r001").get(path).header("ETag");
        Api.Reply edited = as("r001").send(as("r001").request(path).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getString("title")).isEqualTo("編集後");
        assertThat(edited.header("ETag")).isNotEqualTo(etag);

        Api.Reply stale = as("r001").send(as("r001").request(path).header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(body.replace("編集後", "古い版から"))));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(as("r001").get(path).json().getString("title")).isEqualTo("編集後");
    }

    @Test
    void aFollowUpIsCompletedOrPostponedInOneStep() {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        JsonObject first = create(as("r001"), customerOfR001(), "本日のフォロー", today);
        JsonObject second = create(as("r001"), customerOfR001(), "延期するフォロー", today);

        Api.Reply done = as("r001").send(as("r001").request("api/sales-notes/" + first.getJsonNumber("note_id") + "/complete")
                .header("If-Match", "\"" + first.getInt("version") + "\"").POST(HttpRequest.BodyPublishers.noBody()));
        Api.Reply later = as("r001").send(as("r001").request("api/sales-notes/" + second.getJsonNumber("note_id") + "/postpone?days=7")
                .header("If-Match", "\"" + second.getInt("version") + "\"").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(done.json().getString("status")).isEqualTo("DONE");
        assertThat(done.json().getString("completed_at")).isNotBlank();
        assertThat(later.json().getString("follow_up_date")).isEqualTo(LocalDate.parse(today).plusDays(7).toString());
        List<String> dueToday = as("r001").get("api/sales-notes/follow-ups").json().getJsonArray("due_today").getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("title")).toList();
        assertThat(dueToday).doesNotContain("本日のフォロー", "延期するフォロー");
    }

    @Test
    void aRepNeitherSeesNorChangesAnotherRepsNotes() {
        JsonObject note = create(as("r001"), customerOfR001(), "r001 の顧客のメモ", null);
        String path = "api/sales-notes/" + note.getJsonNumber("note_id");
        long customer = note.getJsonNumber("customer_id").longValue();

        assertThat(as("r002").get(path).status()).isEqualTo(404);
        assertThat(as("r002").send(as("r002").request(path).header("Content-Type", "application/json").header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"note_type\":\"VISIT\",\"title\":\"横取り\"}"))).status()).isEqualTo(404);
        Api.Reply foreign = as("r002").post("api/sales-notes", "{\"customer_id\":" + customer + ",\"note_type\":\"VISIT\",\"title\":\"他人の顧客\"}");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(notes(as("r002"), "&customer_id=" + customer)).isEmpty();
        assertThat(notes(as("r002"), "")).noneMatch(n -> n.getJsonNumber("customer_id").longValue() == customer);
        assertThat(as("r001").get(path).json().getString("title")).isEqualTo("r001 の顧客のメモ");
    }

    @Test
    void japaneseTextIsFoundByAnyPartAndFiltersCombine() {
        long customer = customerOfR001();
        create(as("r001"), customer, "検索用の乗り換え相談メモ", null);

        List<JsonObject> found = notes(as("r001"), "&q=" + java.net.URLEncoder.encode("乗り換え相談", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found).extracting(n -> n.getString("title")).contains("検索用の乗り換え相談メモ");
        assertThat(notes(as("r001"), "&q=" + java.net.URLEncoder.encode("乗り換え相談", java.nio.charset.StandardCharsets.UTF_8) + "&note_type=CALL"))
                .noneMatch(n -> n.getString("title").equals("検索用の乗り換え相談メモ"));
        Api.Reply badFilter = as("r001").get("api/sales-notes?status=LOST&due_before=tomorrow");
        assertThat(badFilter.status()).isEqualTo(422);
        assertThat(badFilter.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("status", "due_before");
    }

    @Test
    void theStatsCarryTheFollowUpFigures() {
        JsonObject stats = as("r001").get("api/stats").json();

        assertThat(stats.toString()).contains("sales_notes_total", "follow_ups_overdue", "follow_ups_today", "follow_ups_this_week");
    }
}
