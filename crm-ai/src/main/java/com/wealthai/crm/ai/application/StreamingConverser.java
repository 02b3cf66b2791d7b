package com.wealthai.crm.ai.application;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseOutput;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseStreamResponseHandler;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * ConverseStream behind the same face as Converse: text deltas go to {@code onText} as they arrive,
 * and when the stream ends its blocks (text, tool requests with their input pieces joined) are
 * gathered into a {@link ConverseResponse}, so that the tool loop is the same for both.
 * {@link #stop()} ends the answer where it is.
 */
public final class StreamingConverser implements AssistantLoop.Converser {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final BedrockRuntimeAsyncClient client;
    private final Consumer<String> onText;
    private volatile CompletableFuture<Void> running;
    private volatile boolean stopped;

    public StreamingConverser(BedrockRuntimeAsyncClient client, Consumer<String> onText) {
        this.client = client;
        this.onText = onText;
    }

    /** Stops the answer being generated; what arrived so far is the answer. */
    public void stop() {
        stopped = true;
        CompletableFuture<Void> current = running;
        if (current != null) {
            current.cancel(true);
        }
    }

    @Override
    public ConverseResponse converse(ConverseRequest request) {
        Gathered gathered = new Gathered();
        ConverseStreamResponseHandler handler = ConverseStreamResponseHandler.builder()
                .subscriber(ConverseStreamResponseHandler.Visitor.builder()
                        .onContentBlockStart(e -> {
                            if (e.start() != null && e.start().toolUse() != null) {
                                gathered.tools.put(e.contentBlockIndex(), new String[] {e.start().toolUse().toolUseId(), e.start().toolUse().name()});
                                gathered.toolInputs.put(e.contentBlockIndex(), new StringBuilder());
                            }
                        })
                        .onContentBlockDelta(e -> {
                            if (e.delta().text() != null) {
                                gathered.texts.computeIfAbsent(e.contentBlockIndex(), i -> new StringBuilder()).append(e.delta().text());
                                onText.accept(e.delta().text());
                            } else if (e.delta().toolUse() != null) {
                                gathered.toolInputs.computeIfAbsent(e.contentBlockIndex(), i -> new StringBuilder()).append(e.delta().toolUse().input());
                            }
                        })
                        .onMessageStop(e -> gathered.stopReason = e.stopReason())
                        .onMetadata(e -> gathered.usage = e.usage())
                        .build())
                .build();
        if (stopped) {
            return gathered.toResponse(StopReason.END_TURN);
        }
        running = client.converseStream(copy(request), handler);
        try {
            running.join();
        } catch (CancellationException e) {
            return gathered.toResponse(StopReason.END_TURN);
        } catch (CompletionException e) {
            if (stopped) {
                return gathered.toResponse(StopReason.END_TURN);
            }
            if (e.getCause() instanceof SdkException sdk) {
                throw sdk;
            }
            throw e;
        }
        return gathered.toResponse(gathered.stopReason);
    }

    private static ConverseStreamRequest copy(ConverseRequest r) {
        return ConverseStreamRequest.builder()
                .modelId(r.modelId())
                .messages(r.messages())
                .system(r.system())
                .inferenceConfig(r.inferenceConfig())
                .toolConfig(r.toolConfig())
                .build();
    }

    /** What the stream said, by content block index (callbacks come from the SDK's threads). */
    private static final class Gathered {
        final Map<Integer, StringBuilder> texts = java.util.Collections.synchronizedMap(new TreeMap<>());
        final Map<Integer, String[]> tools = java.util.Collections.synchronizedMap(new TreeMap<>());
        final Map<Integer, StringBuilder> toolInputs = java.util.Collections.synchronizedMap(new TreeMap<>());
        volatile StopReason stopReason;
        volatile TokenUsage usage;

        ConverseResponse toResponse(StopReason reason) {
            TreeMap<Integer, ContentBlock> blocks = new TreeMap<>();
            synchronized (texts) {
                texts.forEach((i, text) -> blocks.put(i, ContentBlock.fromText(text.toString())));
            }
            synchronized (tools) {
                tools.forEach((i, idAndName) -> blocks.put(i, ContentBlock.fromToolUse(ToolUseBlock.builder()
                        .toolUseId(idAndName[0]).name(idAndName[1]).input(input(toolInputs.get(i))).build())));
            }
            List<ContentBlock> content = new ArrayList<>(blocks.values());
            return ConverseResponse.builder()
                    .output(ConverseOutput.fromMessage(Message.builder().role(ConversationRole.ASSISTANT).content(content).build()))
                    .stopReason(reason)
                    .usage(usage)
                    .build();
        }

        /** The joined input pieces; text that is not JSON is handed on as a string, which the loop answers as a bad input. */
        private static Document input(StringBuilder pieces) {
            String raw = pieces == null || pieces.isEmpty() ? "{}" : pieces.toString();
            try (JsonReader reader = JSON.createReader(new StringReader(raw))) {
                return JsonDocuments.toDocument(reader.readValue());
            } catch (JsonException e) {
                return Document.fromString(raw);
            }
        }
    }
}
