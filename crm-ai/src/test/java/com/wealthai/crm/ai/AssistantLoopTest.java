package com.wealthai.crm.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.ai.application.AiFailure;
import com.wealthai.crm.ai.application.AiSettings;
import com.wealthai.crm.ai.application.AssistantLoop;
import com.wealthai.crm.ai.fake.FakeBedrock;
import com.wealthai.crm.ai.infrastructure.BedrockClients;
import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import com.wealthai.crm.core.api.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/** The Converse loop with the real AWS SDK client against a local fake Bedrock endpoint. */
class AssistantLoopTest {

    private static final String PROMPT = "あなたは証券会社の営業担当者を支援するアシスタントです。";
    private static final AccessScope REP_1 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "東京");
    private static final AccessScope REP_2 = new AccessScope(12, "r002", Set.of(Role.REP), 2L, "東京");

    private static FakeBedrock fake;
    private static BedrockRuntimeClient client;
    private final List<AssistantLoop.ToolCall> audited = new ArrayList<>();

    @BeforeAll
    static void startFake() {
        fake = FakeBedrock.start(0);
        client = BedrockClients.build(settings(5), StaticCredentialsProvider.create(AwsBasicCredentials.create("test-key", "test-secret")));
    }

    @AfterAll
    static void stopFake() {
        client.close();
        fake.close();
    }

    @BeforeEach
    void clear() {
        fake.reset();
    }

    private static AiSettings settings(int rounds) {
        return new AiSettings("ap-northeast-1", "anthropic.claude-3-sonnet-20240229-v1:0", fake.endpoint(), 1000, 0.2f, rounds, 0,
                Duration.ofSeconds(20));
    }

    private AssistantLoop.Answer ask(String question, List<AiTool> tools, AccessScope scope) {
        return new AssistantLoop(client, settings(5)).ask(PROMPT, List.of(), question, tools, scope, audited::add);
    }

    @Test
    void aPlainQuestionGetsThePlainAnswerAndItsUsage() {
        fake.replyText("こんにちは。ご用件をどうぞ。");

        AssistantLoop.Answer answer = ask("こんにちは", List.of(), REP_1);

        assertThat(answer.reply()).isEqualTo("こんにちは。ご用件をどうぞ。");
        assertThat(answer.inputTokens()).isEqualTo(120);
        assertThat(answer.outputTokens()).isEqualTo(30);
        assertThat(answer.toolCalls()).isEmpty();
        FakeBedrock.Received request = fake.received().get(0);
        assertThat(request.path()).isEqualTo("/model/anthropic.claude-3-sonnet-20240229-v1%3A0/converse");
        JsonObject body = json(request.body());
        assertThat(body.getJsonArray("system").getJsonObject(0).getString("text")).isEqualTo(PROMPT);
        assertThat(body.getJsonArray("messages").getJsonObject(0).getJsonArray("content").getJsonObject(0).getString("text")).isEqualTo("こんにちは");
        assertThat(body.getJsonObject("inferenceConfig").getInt("maxTokens")).isEqualTo(1000);
        assertThat(body.containsKey("toolConfig")).as("no tools, no toolConfig").isFalse();
    }

    @Test
    void theModelLooksUpHoldingsThroughAToolAndTheFinalAnswerIsReturned() {
        fake.replyToolUse("tu-1", "get_holdings", "{\"customer_id\":7}")
                .replyText("顧客7の保有はトヨタ自動車100株です（customer:7 の保有明細より）。");

        AssistantLoop.Answer answer = ask("顧客7の保有は？", List.of(holdingsTool()), REP_1);

        assertThat(answer.reply()).contains("トヨタ自動車100株");
        assertThat(answer.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo("get_holdings");
            assertThat(call.input().getInt("customer_id")).isEqualTo(7);
            assertThat(call.failed()).isFalse();
            assertThat(call.recordsRead()).containsExactly("customer:7");
        });
        assertThat(audited).hasSize(1);
        assertThat(answer.inputTokens()).isEqualTo(240);

        JsonObject first = json(fake.received().get(0).body());
        assertThat(first.getJsonObject("toolConfig").getJsonArray("tools").getJsonObject(0).getJsonObject("toolSpec").getString("name"))
                .isEqualTo("get_holdings");
        JsonObject second = json(fake.received().get(1).body());
        JsonObject toolResult = second.getJsonArray("messages").getJsonObject(2).getJsonArray("content").getJsonObject(0)
                .getJsonObject("toolResult");
        assertThat(toolResult.getString("toolUseId")).isEqualTo("tu-1");
        assertThat(toolResult.getString("status")).isEqualTo("success");
        assertThat(toolResult.getJsonArray("content").getJsonObject(0).getJsonObject("json").toString()).contains("トヨタ自動車");
    }

    @Test
    void aRepAskingAboutAnotherRepsCustomerGetsNoDataFromTheTool() {
        fake.replyToolUse("tu-1", "get_holdings", "{\"customer_id\":7}").replyText("その顧客の情報は参照できません。");

        AssistantLoop.Answer answer = ask("顧客7の保有は？", List.of(holdingsTool()), REP_2);

        assertThat(answer.toolCalls().get(0).recordsRead()).isEmpty();
        assertThat(fake.received().get(1).body()).doesNotContain("トヨタ").contains("not found");
    }

    @Test
    void onlyTheToolsGivenAreOffered() {
        fake.replyText("はい。");

        ask("何ができますか", List.of(holdingsTool()), REP_1);

        JsonObject body = json(fake.lastBody());
        assertThat(body.getJsonObject("toolConfig").getJsonArray("tools")).hasSize(1);
        assertThat(fake.lastBody()).doesNotContain("search_notes");
    }

    @Test
    void aMalformedToolInputIsAnsweredToTheModelAsAnErrorAndTheConversationGoesOn() {
        fake.replyToolUse("tu-1", "get_holdings", "{\"customer_id\":\"seven\"}").replyText("入力を確認してください。");

        AssistantLoop.Answer answer = ask("顧客の保有は？", List.of(holdingsTool()), REP_1);

        assertThat(answer.reply()).isEqualTo("入力を確認してください。");
        assertThat(answer.toolCalls().get(0).failed()).isTrue();
        JsonObject toolResult = json(fake.lastBody()).getJsonArray("messages").getJsonObject(2).getJsonArray("content").getJsonObject(0)
                .getJsonObject("toolResult");
        assertThat(toolResult.getString("status")).isEqualTo("error");
        assertThat(toolResult.toString()).contains("customer_id must be a number");
    }

    @Test
    void toolRoundsStopAtTheConfiguredLimit() {
        fake.replyToolUse("a", "get_holdings", "{\"customer_id\":7}").replyToolUse("b", "get_holdings", "{\"customer_id\":7}");

        AssistantLoop.Answer answer = new AssistantLoop(client, settings(2))
                .ask(PROMPT, List.of(), "ループ", List.of(holdingsTool()), REP_1, audited::add);

        assertThat(answer.roundsExhausted()).isTrue();
        assertThat(answer.toolCalls()).hasSize(2);
        assertThat(fake.received()).hasSize(2);
    }

    @Test
    void throttlingIsReportedAsThrottling() {
        fake.repeatError(5, 429, "ThrottlingException", "Too many requests, please wait before trying again.");

        assertThatThrownBy(() -> ask("こんにちは", List.of(), REP_1))
                .isInstanceOfSatisfying(AiFailure.class, f -> assertThat(f.kind()).isEqualTo(AiFailure.Kind.THROTTLED));
    }

    @Test
    void accessDeniedAndAnUnknownModelAreToldApart() {
        fake.replyError(403, "AccessDeniedException", "You don't have access to the model");
        assertThatThrownBy(() -> ask("こんにちは", List.of(), REP_1))
                .isInstanceOfSatisfying(AiFailure.class, f -> assertThat(f.kind()).isEqualTo(AiFailure.Kind.ACCESS_DENIED));

        fake.replyError(404, "ResourceNotFoundException", "Model not found");
        assertThatThrownBy(() -> ask("こんにちは", List.of(), REP_1))
                .isInstanceOfSatisfying(AiFailure.class, f -> assertThat(f.kind()).isEqualTo(AiFailure.Kind.MODEL_NOT_FOUND));
    }

    @Test
    void aMalformedResponseIsReportedAsSuch() {
        for (String garbage : List.of("{\"output\": [not json", "<html>Bad gateway</html>", "{\"output\":{}}")) {
            fake.reset();
            for (int attempt = 0; attempt < 4; attempt++) {
                fake.replyRaw(200, garbage); // the SDK may retry a response it could not read
            }

            assertThatThrownBy(() -> ask("こんにちは", List.of(), REP_1)).as(garbage)
                    .isInstanceOfSatisfying(AiFailure.class, f -> assertThat(f.kind()).isEqualTo(AiFailure.Kind.MALFORMED_RESPONSE));
        }
    }

    /** Holdings of customer 7 (rep 1's), visible only within the caller's book. */
    private static AiTool holdingsTool() {
        return new AiTool() {
            public String moduleId() {
                return "holdings";
            }

            public String name() {
                return "get_holdings";
            }

            public String description() {
                return "顧客の保有銘柄を返す";
            }

            public JsonObject inputSchema() {
                return json("{\"type\":\"object\",\"properties\":{\"customer_id\":{\"type\":\"integer\"}},\"required\":[\"customer_id\"]}");
            }

            public AiToolResult call(JsonObject input, AccessScope scope) {
                if (!(input.get("customer_id") instanceof jakarta.json.JsonNumber id)) {
                    throw new IllegalArgumentException("customer_id must be a number");
                }
                if (id.longValue() != 7 || !Long.valueOf(1).equals(scope.salesRepId())) {
                    return new AiToolResult(Json.createObjectBuilder().add("error", "customer not found").build(), List.of());
                }
                return new AiToolResult(Json.createObjectBuilder(Map.of("customer_id", 7, "holdings", "トヨタ自動車 100株")).build(),
                        List.of("customer:7"));
            }
        };
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
