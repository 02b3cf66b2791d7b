package com.wealthai.crm.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.application.AiSettings;
import com.wealthai.crm.ai.application.AssistantLoop;
import com.wealthai.crm.ai.application.StreamingConverser;
import com.wealthai.crm.ai.fake.FakeBedrock;
import com.wealthai.crm.ai.infrastructure.BedrockClients;
import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import com.wealthai.crm.core.api.Role;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;

/** ConverseStream with the real async SDK client against the fake's binary event-stream frames. */
class StreamingTest {

    private static final AccessScope REP_1 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "東京");

    private static FakeBedrock fake;
    private static BedrockRuntimeAsyncClient client;
    private static AiSettings settings;

    @BeforeAll
    static void start() {
        fake = FakeBedrock.start(0);
        settings = new AiSettings("ap-northeast-1", "anthropic.claude-3-sonnet-20240229-v1:0", fake.endpoint(), 1000, 0.2f, 5, 0,
                Duration.ofSeconds(20));
        client = BedrockClients.buildAsync(settings, StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")));
    }

    @AfterAll
    static void stop() {
        client.close();
        fake.close();
    }

    @BeforeEach
    void clear() {
        fake.reset();
    }

    @Test
    void textDeltasArriveInOrderAndMakeTheAnswer() {
        fake.replyStreamText("リスクは", "価格変動と", "為替です。");
        List<String> deltas = new CopyOnWriteArrayList<>();

        AssistantLoop.Answer answer = new AssistantLoop(new StreamingConverser(client, deltas::add), settings)
                .ask("prompt", List.of(), "リスクは？", List.of(), REP_1, call -> { });

        assertThat(deltas).containsExactly("リスクは", "価格変動と", "為替です。");
        assertThat(answer.reply()).isEqualTo("リスクは価格変動と為替です。");
        assertThat(answer.outputTokens()).isEqualTo(30);
        assertThat(fake.received().get(0).path()).endsWith("/converse-stream");
    }

    @Test
    void eachDeltaIsHandedOnWhileTheStreamIsStillRunning() {
        fake.replyStreamTextSlowly(Duration.ofMillis(400), "一つ目", "二つ目", "三つ目");
        List<Long> heardAt = new CopyOnWriteArrayList<>();

        new AssistantLoop(new StreamingConverser(client, d -> heardAt.add(System.nanoTime())), settings)
                .ask("prompt", List.of(), "リスクは？", List.of(), REP_1, call -> { });
        long returnedAt = System.nanoTime();

        assertThat(heardAt).hasSize(3);
        // The fake pauses 400 ms before each delta: the first must be heard some 800 ms before the end.
        assertThat(Duration.ofNanos(returnedAt - heardAt.get(0)).toMillis()).isGreaterThan(600);
    }

    @Test
    void aToolRequestStreamedInPiecesIsRunAndTheStreamedAnswerFollows() {
        fake.replyStreamToolUse("tu-9", "get_holdings", "{\"custo", "mer_id\":", "7}")
                .replyStreamText("保有は", "トヨタ自動車です。");
        List<String> deltas = new CopyOnWriteArrayList<>();

        AssistantLoop.Answer answer = new AssistantLoop(new StreamingConverser(client, deltas::add), settings)
                .ask("prompt", List.of(), "保有は？", List.of(tool()), REP_1, call -> { });

        assertThat(answer.toolCalls()).singleElement().satisfies(c -> assertThat(c.input().getInt("customer_id")).isEqualTo(7));
        assertThat(answer.reply()).isEqualTo("保有はトヨタ自動車です。");
        assertThat(deltas).containsExactly("保有は", "トヨタ自動車です。");
        assertThat(fake.received().get(1).body()).contains("toolResult").contains("トヨタ自動車");
    }

    private static AiTool tool() {
        return new AiTool() {
            public String moduleId() {
                return "holdings";
            }

            public String name() {
                return "get_holdings";
            }

            public String description() {
                return "保有";
            }

            public JsonObject inputSchema() {
                return Json.createObjectBuilder().add("type", "object").build();
            }

            public AiToolResult call(JsonObject input, AccessScope scope) {
                return new AiToolResult(Json.createObjectBuilder().add("holdings", "トヨタ自動車").build(), List.of("customer:7"));
            }
        };
    }
}
