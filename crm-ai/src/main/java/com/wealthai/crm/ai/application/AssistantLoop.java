package com.wealthai.crm.ai.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InferenceConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ToolResultStatus;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * One question answered through the Converse API: the model may call the offered tools, each call
 * runs under the asker's scope and its result goes back to the model, for at most
 * {@link AiSettings#maxToolRounds()} rounds. Knows nothing of persistence or pages.
 */
public final class AssistantLoop {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(AssistantLoop.class.getName());

    /** An earlier message of the conversation. */
    public record Turn(boolean fromUser, String text) {
    }

    /** One tool call the model made, with what it was given back. */
    public record ToolCall(int round, String name, JsonObject input, JsonValue result, boolean failed, List<String> recordsRead) {
    }

    /** The final answer and what it cost. */
    public record Answer(String reply, List<ToolCall> toolCalls, long inputTokens, long outputTokens, String model,
                         boolean roundsExhausted) {
    }

    /** One model call: Converse, or ConverseStream gathered into the same response (see {@link StreamingConverser}). */
    @FunctionalInterface
    public interface Converser {
        ConverseResponse converse(ConverseRequest request);
    }

    private final Converser client;
    private final AiSettings settings;

    public AssistantLoop(BedrockRuntimeClient client, AiSettings settings) {
        this(client::converse, settings);
    }

    public AssistantLoop(Converser client, AiSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /**
     * @param onToolCall told of each tool call as soon as it ran (for the audit trail), even when a
     *                   later round fails
     * @throws AiFailure when Bedrock refuses or cannot be reached
     */
    public Answer ask(String systemPrompt, List<Turn> history, String question, List<AiTool> tools, AccessScope scope,
                      Consumer<ToolCall> onToolCall) {
        Map<String, AiTool> byName = new LinkedHashMap<>();
        tools.forEach(t -> byName.putIfAbsent(t.name(), t));
        List<Message> messages = new ArrayList<>();
        history.forEach(turn -> messages.add(text(turn.fromUser() ? ConversationRole.USER : ConversationRole.ASSISTANT, turn.text())));
        messages.add(text(ConversationRole.USER, question));

        List<ToolCall> calls = new ArrayList<>();
        long inputTokens = 0;
        long outputTokens = 0;
        StringBuilder reply = new StringBuilder();
        for (int round = 1; ; round++) {
            ConverseResponse response = converse(systemPrompt, messages, byName);
            if (response.usage() != null) {
                inputTokens += nullToZero(response.usage().inputTokens());
                outputTokens += nullToZero(response.usage().outputTokens());
            }
            if (response.stopReason() == null || response.output() == null || response.output().message() == null) {
                throw new AiFailure(AiFailure.Kind.MALFORMED_RESPONSE, "no message or stop reason in the response", null);
            }
            Message said = response.output().message();
            messages.add(said);
            List<ContentBlock> results = new ArrayList<>();
            for (ContentBlock block : said.content()) {
                if (block.text() != null) {
                    reply.append(block.text());
                } else if (block.toolUse() != null) {
                    ToolCall call = run(round, block.toolUse(), byName, scope);
                    calls.add(call);
                    onToolCall.accept(call);
                    results.add(ContentBlock.fromToolResult(ToolResultBlock.builder()
                            .toolUseId(block.toolUse().toolUseId())
                            .content(ToolResultContentBlock.fromJson(JsonDocuments.toDocument(call.result())))
                            .status(call.failed() ? ToolResultStatus.ERROR : ToolResultStatus.SUCCESS)
                            .build()));
                }
            }
            if (response.stopReason() != StopReason.TOOL_USE || results.isEmpty()) {
                return new Answer(reply.toString(), calls, inputTokens, outputTokens, settings.modelId(), false);
            }
            if (round >= settings.maxToolRounds()) {
                return new Answer(reply.toString(), calls, inputTokens, outputTokens, settings.modelId(), true);
            }
            reply.setLength(0);
            messages.add(Message.builder().role(ConversationRole.USER).content(results).build());
        }
    }

    private ConverseResponse converse(String systemPrompt, List<Message> messages, Map<String, AiTool> tools) {
        ConverseRequest.Builder request = ConverseRequest.builder()
                .modelId(settings.modelId())
                .system(SystemContentBlock.fromText(systemPrompt))
                .messages(messages)
                .inferenceConfig(InferenceConfiguration.builder()
                        .maxTokens(settings.maxTokens())
                        .temperature(settings.temperature())
                        .build());
        if (!tools.isEmpty()) {
            // Bedrock refuses an empty tool list, so with no enabled tools there is no toolConfig at all.
            request.toolConfig(ToolConfiguration.builder().tools(tools.values().stream().map(AssistantLoop::spec).toList()).build());
        }
        try {
            return client.converse(request.build());
        } catch (SdkException e) {
            throw BedrockErrors.classify(e);
        }
    }

    private static Tool spec(AiTool tool) {
        return Tool.fromToolSpec(ToolSpecification.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(ToolInputSchema.fromJson(JsonDocuments.toDocument(tool.inputSchema())))
                .build());
    }

    /** Runs one call; a bad input or a failing tool is answered to the model as an error, never thrown. */
    private static ToolCall run(int round, ToolUseBlock use, Map<String, AiTool> tools, AccessScope scope) {
        JsonObject input = JsonValue.EMPTY_JSON_OBJECT;
        AiTool tool = tools.get(use.name());
        try {
            input = JsonDocuments.toObject(use.input());
            if (tool == null) {
                return failed(round, use.name(), input, "unknown tool: " + use.name());
            }
            AiToolResult result = tool.call(input, scope);
            return new ToolCall(round, use.name(), input, result.content(), false, result.recordsRead());
        } catch (IllegalArgumentException e) {
            return failed(round, use.name(), input, "invalid input: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "AI tool " + use.name() + " failed", e);
            return failed(round, use.name(), input, "the tool failed; do not retry it");
        }
    }

    private static ToolCall failed(int round, String name, JsonObject input, String error) {
        return new ToolCall(round, name, input, JSON.createObjectBuilder().add("error", error).build(), true, List.of());
    }

    private static Message text(ConversationRole role, String text) {
        return Message.builder().role(role).content(ContentBlock.fromText(text)).build();
    }

    private static long nullToZero(Integer value) {
        return value == null ? 0 : value;
    }
}
