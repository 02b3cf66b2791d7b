package com.wealthai.crm.ai.rest;

import com.wealthai.crm.ai.application.AiFailure;
import com.wealthai.crm.ai.application.AssistantLoop;
import com.wealthai.crm.ai.application.ChatService;
import com.wealthai.crm.ai.domain.Conversation;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/chat} asks the assistant (a new conversation, or an existing one of the caller);
 * {@code GET /api/chat/conversations} lists the caller's conversations. When Bedrock is not
 * configured or fails, the answer is a problem document saying so.
 */
@Path("chat")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ChatResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ChatService chat;

    @Inject
    CrmMessages messages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(JsonObject body) {
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
        ChatService.ChatResult result = chat.ask(conversationId, customerId, message);
        if (!result.answered()) {
            return problem(result.conversationId(), result.failure());
        }
        AssistantLoop.Answer answer = result.answer();
        JsonArrayBuilder calls = Json.createArrayBuilder();
        answer.toolCalls().forEach(c -> calls.add(Json.createObjectBuilder().add("name", c.name()).add("input", c.input())));
        return Response.ok(Json.createObjectBuilder()
                .add("conversation_id", result.conversationId())
                .add("reply", answer.reply())
                .add("tool_calls", calls)
                .add("usage", Json.createObjectBuilder().add("input_tokens", answer.inputTokens()).add("output_tokens", answer.outputTokens()))
                .add("model", answer.model())
                .build()).build();
    }

    @GET
    @Path("conversations")
    public JsonObject conversations() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        java.util.List<Conversation> list = chat.conversations();
        for (Conversation c : list) {
            items.add(Json.createObjectBuilder()
                    .add("id", c.getId())
                    .add("title", c.getTitle())
                    .add("customer_id", c.getCustomerId() == null ? JsonValue.NULL : Json.createValue(c.getCustomerId()))
                    .add("created_at", c.getCreatedAt().toString())
                    .add("updated_at", c.getUpdatedAt().toString()));
        }
        int total = list.size();
        return Json.createObjectBuilder().add("items", items).add("total", total).add("page", 0).add("size", total).build();
    }

    /** 503 when Bedrock is not configured or unreachable, 429 when throttled or over budget, 502 when it answered badly. */
    private Response problem(String conversationId, AiFailure failure) {
        int status = switch (failure.kind()) {
            case NOT_CONFIGURED, UNAVAILABLE, TIMEOUT, ACCESS_DENIED, MODEL_NOT_FOUND -> 503;
            case THROTTLED, BUDGET_SPENT -> 429;
            case INVALID_REQUEST, MALFORMED_RESPONSE -> 502;
        };
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "https://wealthai.example/problems/ai-" + failure.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .add("title", messages.get("ai.error.title"))
                .add("status", status)
                .add("detail", messages.get(failure.messageKey()));
        if (conversationId != null) {
            problem.add("conversation_id", conversationId);
        }
        return Response.status(status).type(PROBLEM).entity(problem.build()).build();
    }
}
