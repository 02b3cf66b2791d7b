package com.wealthai.crm.ai.rest;

import com.wealthai.crm.ai.application.AiFailure;
import com.wealthai.crm.ai.application.AssistantLoop;
import com.wealthai.crm.ai.application.ChatService;
import com.wealthai.crm.ai.domain.Conversation;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code POST /api/chat} asks the assistant (a new conversation, or an existing one of the caller);
 * {@code GET /api/chat/conversations} lists the caller's conversations. When Bedrock is not
 * configured or fails, the answer is a problem document saying so.
 */
@Path("chat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChatResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ChatService chat;

    @Inject
    CrmMessages messages;

    /** The request body, checked. */
    private record Question(String message, String conversationId, Long customerId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(JsonObject body) {
        Question q = parse(body);
        ChatService.ChatResult result = chat.ask(q.conversationId(), q.customerId(), q.message());
        if (!result.answered()) {
            return problem(result.conversationId(), result.failure());
        }
        return Response.ok(answerJson(result)).build();
    }

    /**
     * The same question answered as it is generated (ConverseStream), as server-sent events:
     * {@code start} (conversation id), {@code delta} (a piece of text) ..., then {@code done} (the
     * answer as {@code POST /api/chat} gives it) or {@code error} (a problem document).
     */
    @POST
    @Path("stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Response stream(JsonObject body) {
        Question q = parse(body);
        // Written on the request thread with a flush per event (the chat service needs the caller's
        // request). A flush reaches the client only because CrmApi turns off Jersey's content-length
        // buffer: with it, every event under 8 KiB waited for the end of the answer.
        StreamingOutput events = out -> {
            ServerSentEvents sse = new ServerSentEvents(out);
            String[] conversation = new String[1];
            ChatService.ChatResult result = chat.ask(q.conversationId(), q.customerId(), q.message(), new ChatService.StreamListener() {
                @Override
                public void started(String conversationId) {
                    conversation[0] = conversationId;
                    sse.send("start", JSON.createObjectBuilder().add("conversation_id", conversationId).build());
                }

                @Override
                public void text(String delta) {
                    sse.send("delta", JSON.createObjectBuilder().add("text", delta).build());
                    if (!sse.open()) {
                        chat.stop(conversation[0]); // nobody is reading: stop generating (what came is kept)
                    }
                }
            });
            if (result.answered()) {
                sse.send("done", answerJson(result));
            } else {
                sse.send("error", problemJson(result.conversationId(), result.failure(), status(result.failure())));
            }
        };
        return Response.ok(events, MediaType.SERVER_SENT_EVENTS_TYPE).header("Cache-Control", "no-cache").build();
    }

    /** Stops the answer being streamed in the caller's conversation. */
    @POST
    @Path("conversations/{id}/stop")
    public JsonObject stop(@PathParam("id") String id) {
        return JSON.createObjectBuilder().add("stopped", chat.stop(id)).build();
    }

    private Question parse(JsonObject body) {
        if (body == null) {
            throw new InvalidInputException("message", messages.get("ai.chat.message.invalid", ChatService.MESSAGE_MAX));
        }
        String message = body.get("message") instanceof JsonString s ? s.getString() : null;
        String conversationId = body.get("conversation_id") instanceof JsonString s ? s.getString() : null;
        Long customerId = null;
        if (body.containsKey("customer_id") && !body.isNull("customer_id")) {
            if (!(body.get("customer_id") instanceof JsonNumber n) || !n.isIntegral()) {
                throw new InvalidInputException("customer_id", messages.get("ai.chat.customer.invalid"));
            }
            customerId = n.longValue();
        }
        return new Question(message, conversationId, customerId);
    }

    private static JsonObject answerJson(ChatService.ChatResult result) {
        AssistantLoop.Answer answer = result.answer();
        JsonArrayBuilder calls = JSON.createArrayBuilder();
        answer.toolCalls().forEach(c -> calls.add(JSON.createObjectBuilder().add("name", c.name()).add("input", c.input())));
        return JSON.createObjectBuilder()
                .add("conversation_id", result.conversationId())
                .add("reply", answer.reply())
                .add("tool_calls", calls)
                .add("usage", JSON.createObjectBuilder().add("input_tokens", answer.inputTokens()).add("output_tokens", answer.outputTokens()))
                .add("model", answer.model())
                .build();
    }

    @GET
    @Path("conversations")
    public JsonObject conversations() {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        java.util.List<Conversation> list = chat.conversations();
        for (Conversation c : list) {
            items.add(JSON.createObjectBuilder()
                    .add("id", c.getId())
                    .add("title", c.getTitle())
                    .add("customer_id", c.getCustomerId() == null ? JsonValue.NULL : JSON.createValue(c.getCustomerId()))
                    .add("created_at", c.getCreatedAt().toString())
                    .add("updated_at", c.getUpdatedAt().toString()));
        }
        int total = list.size();
        return JSON.createObjectBuilder().add("items", items).add("total", total).add("page", 0).add("size", total).build();
    }

    /** 503 when Bedrock is not configured or unreachable, 429 when throttled or over budget, 502 when it answered badly. */
    private static int status(AiFailure failure) {
        return switch (failure.kind()) {
            case NOT_CONFIGURED, UNAVAILABLE, TIMEOUT, ACCESS_DENIED, MODEL_NOT_FOUND -> 503;
            case THROTTLED, BUDGET_SPENT -> 429;
            case INVALID_REQUEST, MALFORMED_RESPONSE -> 502;
        };
    }

    private Response problem(String conversationId, AiFailure failure) {
        int status = status(failure);
        return Response.status(status).type(PROBLEM).entity(problemJson(conversationId, failure, status)).build();
    }

    private JsonObject problemJson(String conversationId, AiFailure failure, int status) {
        JsonObjectBuilder problem = JSON.createObjectBuilder()
                .add("type", "https://wealthai.example/problems/ai-" + failure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .add("title", messages.get("ai.error.title"))
                .add("status", status)
                .add("detail", messages.get(failure.messageKey()));
        if (conversationId != null) {
            problem.add("conversation_id", conversationId);
        }
        return problem.build();
    }
}
