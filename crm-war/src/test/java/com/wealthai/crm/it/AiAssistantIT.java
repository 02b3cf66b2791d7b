package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.fake.FakeBedrock;
import com.wealthai.crm.labs.LabsAiTool;
import com.wealthai.crm.labs.LabsDemoUsers;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The AI assistant on a real Payara Micro with the real AWS SDK, talking to a fake Bedrock endpoint
 * in this JVM (see arquillian.xml): answers, a tool round trip within the asker's scope, tools of a
 * switched-off module not offered, no personal data in what leaves, failures said clearly.
 */
@ExtendWith(ArquillianExtension.class)
class AiAssistantIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "wealthai-demo";

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

    private Api admin() {
        return Api.at(app).basic(ADMIN, PASSWORD);
    }

    private Api rep(int n) {
        return Api.at(app).basic("labrep" + n, LabsDemoUsers.PASSWORD);
    }

    private static String question(String text) {
        return "{\"message\":" + FakeBedrock.quote(text) + "}";
    }

    @Test
    void aPlainQuestionIsAnsweredWithItsUsageAndTheConversationIsKept() {
        bedrock.replyText("こんにちは。**何でも**お尋ねください。");

        Api.Reply reply = admin().post("api/chat", question("こんにちは"));

        assertThat(reply.status()).isEqualTo(200);
        JsonObject json = reply.json();
        assertThat(json.getString("reply")).isEqualTo("こんにちは。**何でも**お尋ねください。");
        assertThat(json.getJsonObject("usage").getInt("input_tokens")).isEqualTo(120);
        assertThat(json.getJsonObject("usage").getInt("output_tokens")).isEqualTo(30);
        assertThat(json.getString("model")).isEqualTo("anthropic.claude-3-sonnet-20240229-v1:0");
        String conversation = json.getString("conversation_id");
        assertThat(admin().get("api/chat/conversations").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("id"))).contains(conversation);
        assertThat(bedrock.lastBody()).contains("証券会社").contains("こんにちは");
    }

    @Test
    void aRepsQuestionIsAnsweredFromAModulesToolWithinTheirBookAndTheRecordsReadAreAudited() throws IOException {
        bedrock.replyToolUse("tu-1", LabsAiTool.NAME, "{\"customer_id\":901}")
                .replyText("顧客901はラボ電機を300株（評価額1,245,000円）保有しています（customer:901 より）。");

        Api.Reply reply = rep(1).post("api/chat", "{\"message\":\"顧客901のポートフォリオは？\",\"customer_id\":901}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("reply")).contains("ラボ電機");
        JsonObject call = reply.json().getJsonArray("tool_calls").getJsonObject(0);
        assertThat(call.getString("name")).isEqualTo(LabsAiTool.NAME);
        assertThat(call.getJsonObject("input").getInt("customer_id")).isEqualTo(901);
        assertThat(bedrock.received()).hasSize(2);
        String toolRound = bedrock.received().get(1).body();
        assertThat(toolRound).contains("toolResult").contains("ラボ電機").doesNotContain(LabsAiTool.PHONE);
        Path shown = Path.of("target", "ai-fake-bedrock-request.json");
        Files.writeString(shown, toolRound, StandardCharsets.UTF_8);

        JsonObject audit = admin().get("api/admin/audit?action=AI_RECORDS_READ&actor=labrep1&entity_id=901").json();
        assertThat(audit.getInt("total")).isPositive();
        assertThat(audit.getJsonArray("items").getJsonObject(0).getString("entity_type")).isEqualTo("customer");
        assertThat(admin().get("api/admin/audit?action=AI_QUESTION&actor=labrep1").json().getInt("total")).isPositive();
    }

    @Test
    void aRepAskingAboutAnotherRepsCustomerGetsNoDataFromTheTool() {
        bedrock.replyToolUse("tu-1", LabsAiTool.NAME, "{\"customer_id\":901}").replyText("その顧客の情報は参照できません。");

        Api.Reply reply = rep(2).post("api/chat", question("顧客901のポートフォリオは？"));

        assertThat(reply.status()).isEqualTo(200);
        String toolRound = bedrock.received().get(1).body();
        assertThat(toolRound).contains("not found").doesNotContain("ラボ電機").doesNotContain("1245000");
        assertThat(admin().get("api/admin/audit?action=AI_RECORDS_READ&actor=labrep2").json().getInt("total")).isZero();
    }

    @Test
    void theToolsOfASwitchedOffModuleAreNotOffered() {
        bedrock.replyText("はい。").replyText("はい。");
        admin().post("api/chat", question("何ができますか"));
        assertThat(bedrock.lastBody()).contains(LabsAiTool.NAME);
        try {
            assertThat(admin().put("api/admin/modules/labs", "{\"enabled\":false}").status()).isEqualTo(200);

            admin().post("api/chat", question("何ができますか"));

            assertThat(bedrock.lastBody()).doesNotContain(LabsAiTool.NAME);
        } finally {
            admin().put("api/admin/modules/labs", "{\"enabled\":true}");
        }
    }

    @Test
    void throttlingIsSaidClearlyAndTheConversationGoesOnAfterwards() {
        bedrock.repeatError(5, 429, "ThrottlingException", "Too many requests");

        Api.Reply throttled = admin().post("api/chat", question("今日の相場は？"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.json().getString("detail")).contains("混み合っています");
        String conversation = throttled.json().getString("conversation_id");

        bedrock.reset();
        bedrock.replyText("お待たせしました。");
        Api.Reply retried = admin().post("api/chat", "{\"message\":\"もう一度\",\"conversation_id\":\"" + conversation + "\"}");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().getString("conversation_id")).isEqualTo(conversation);
    }

    @Test
    void aMalformedAnswerFromBedrockIsSaidClearly() {
        for (int i = 0; i < 4; i++) {
            bedrock.replyRaw(200, "<html>502 Bad Gateway</html>");
        }

        Api.Reply reply = admin().language("en").post("api/chat", question("hello"));

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.json().getString("detail")).contains("could not be read");
    }

    @Test
    void aStreamedAnswerArrivesAsServerSentEventsInOrder() {
        bedrock.replyStreamText("ポートフォリオの", "主なリスクは", "価格変動です。");

        Api.Reply reply = admin().send(admin().request("api/chat/stream")
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(question("ポートフォリオのリスクを説明して"))));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/event-stream");
        java.util.List<String> events = reply.body().lines().filter(l -> l.startsWith("event:")).map(l -> l.substring(6).trim()).toList();
        assertThat(events).containsExactly("start", "delta", "delta", "delta", "done");
        String body = reply.body();
        assertThat(body.indexOf("ポートフォリオの")).isLessThan(body.indexOf("主なリスクは")).isLessThan(body.indexOf("価格変動です。"));
        assertThat(body).contains("\"reply\":\"ポートフォリオの主なリスクは価格変動です。\"");
        assertThat(bedrock.received().get(0).path()).endsWith("/converse-stream");
    }

    @Test
    void stoppingWorksOnlyOnTheCallersOwnConversation() {
        bedrock.replyText("はい。");
        String mine = rep(1).post("api/chat", question("停止の確認")).json().getString("conversation_id");

        Api.Reply idle = rep(1).post("api/chat/conversations/" + mine + "/stop", "{}");
        assertThat(idle.status()).isEqualTo(200);
        assertThat(idle.json().getBoolean("stopped")).as("nothing is being generated").isFalse();
        assertThat(rep(2).post("api/chat/conversations/" + mine + "/stop", "{}").status()).isEqualTo(404);
    }

    @Test
    void anEmptyQuestionOrSomeoneElsesConversationIsRefused() {
        Api.Reply empty = admin().post("api/chat", question("  "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("message");

        bedrock.replyText("はい。");
        String mine = rep(1).post("api/chat", question("メモ")).json().getString("conversation_id");
        Api.Reply foreign = rep(2).post("api/chat", "{\"message\":\"見せて\",\"conversation_id\":\"" + mine + "\"}");
        assertThat(foreign.status()).isEqualTo(404);
    }
}
