package com.wealthai.crm.ai.application;

import com.wealthai.crm.ai.AiModule;
import com.wealthai.crm.ai.domain.ChatMessage;
import com.wealthai.crm.ai.domain.Conversation;
import com.wealthai.crm.ai.infrastructure.BedrockGateway;
import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.ActiveModules;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * A user's question, answered: checks the input and the daily budget, keeps the conversation, offers
 * the enabled modules' tools under the user's scope, audits the question and every record the AI
 * read, and records the answer with its token usage, or the error in its place.
 */
@ApplicationScoped
public class ChatService {

    public static final int MESSAGE_MAX = 4000;
    private static final int TITLE_LENGTH = 40;
    private static final Logger LOG = Logger.getLogger(ChatService.class.getName());

    @Inject
    BedrockGateway gateway;

    @Inject
    ConversationStore store;

    @Inject
    AccessScopes scopes;

    @Inject
    ActiveModules modules;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    @Inject
    RunningAnswers running;

    /** Hears a streamed answer. */
    public interface StreamListener {
        void started(String conversationId);

        void text(String delta);
    }

    /** The outcome of one question: an answer, or the failure the chat shows instead (the conversation is kept). */
    public record ChatResult(String conversationId, AssistantLoop.Answer answer, AiFailure failure) {

        public boolean answered() {
            return answer != null;
        }
    }

    public boolean configured() {
        return gateway.configured();
    }

    public AiSettings settings() {
        return gateway.settings();
    }

    /** The tools the model is offered right now: those of enabled modules. */
    public List<AiTool> offeredTools() {
        return modules.aiTools();
    }

    /**
     * @param conversationId an existing conversation of the caller, or {@code null} to start one
     * @param customerId     the customer a new conversation is about, or {@code null}
     */
    public ChatResult ask(String conversationId, Long customerId, String question) {
        return ask(conversationId, customerId, question, null);
    }

    /**
     * As {@link #ask(String, Long, String)}, but streamed (ConverseStream): {@code stream} hears the
     * conversation id first, then each piece of text as the model writes it; the answer can be stopped
     * through {@link RunningAnswers}.
     */
    public ChatResult ask(String conversationId, Long customerId, String question, StreamListener stream) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || text.length() > MESSAGE_MAX) {
            throw new InvalidInputException("message", messages.get("ai.chat.message.invalid", MESSAGE_MAX));
        }
        AccessScope scope = scopes.current();
        if (!gateway.configured()) {
            return new ChatResult(conversationId, null, new AiFailure(AiFailure.Kind.NOT_CONFIGURED, "Bedrock is not configured", null));
        }
        Conversation conversation = conversationId == null
                ? store.start(scope.userId(), title(text), customerId)
                : store.get(scope.userId(), conversationId);
        String id = conversation.getId();
        audit.record(AuditAction.AI_QUESTION, AiModule.ID, "conversation", id,
                conversation.getCustomerId() == null ? null : "customer_id");

        List<ChatMessage> written = new ArrayList<>();
        written.add(ChatMessage.question(id, text, ConversationStore.now()));
        try {
            AssistantLoop.Converser converser = converser(id, stream);
            checkBudget(scope.userId());
            List<AssistantLoop.Turn> history = history(scope.userId(), conversationId);
            AssistantLoop.Answer answer = new AssistantLoop(converser, gateway.settings()).ask(
                    SystemPrompt.forConversation(conversation.getCustomerId(), ConversationStore.now().toLocalDate()),
                    history, text, modules.aiTools(), scope, call -> {
                        auditRecordsRead(call);
                        written.add(ChatMessage.toolCall(id, call.round(), call.name(), call.input().toString(),
                                call.result().toString(), call.failed(), ConversationStore.now()));
                    });
            String reply = answer.roundsExhausted()
                    ? answer.reply() + "\n\n" + messages.get("ai.chat.roundsExhausted", gateway.settings().maxToolRounds())
                    : answer.reply();
            AssistantLoop.Answer kept = new AssistantLoop.Answer(reply, answer.toolCalls(), answer.inputTokens(), answer.outputTokens(),
                    answer.model(), answer.roundsExhausted());
            written.add(ChatMessage.answer(id, reply, answer.inputTokens(), answer.outputTokens(), answer.model(), ConversationStore.now()));
            running.finished(id);
            store.add(scope.userId(), id, written);
            return new ChatResult(id, kept, null);
        } catch (AiFailure failure) {
            running.finished(id);
            LOG.log(Level.WARNING, "AI question not answered: " + failure.kind() + " " + failure.getMessage());
            written.add(ChatMessage.error(id, failure.messageKey(), ConversationStore.now()));
            store.add(scope.userId(), id, written);
            return new ChatResult(id, null, failure);
        }
    }

    /** Stops the answer being streamed in one of the caller's conversations; false when none is. */
    public boolean stop(String conversationId) {
        store.get(scopes.current().userId(), conversationId);
        return running.stop(conversationId);
    }

    private AssistantLoop.Converser converser(String conversationId, StreamListener stream) {
        if (stream == null) {
            BedrockRuntimeClient client = gateway.client()
                    .orElseThrow(() -> new AiFailure(AiFailure.Kind.NOT_CONFIGURED, "Bedrock is not configured", null));
            return client::converse;
        }
        StreamingConverser streaming = new StreamingConverser(gateway.asyncClient()
                .orElseThrow(() -> new AiFailure(AiFailure.Kind.NOT_CONFIGURED, "Bedrock is not configured", null)), stream::text);
        running.started(conversationId, streaming);
        stream.started(conversationId);
        return streaming;
    }

    public List<Conversation> conversations() {
        return store.ofUser(scopes.current().userId());
    }

    public Conversation conversation(String id) {
        return store.get(scopes.current().userId(), id);
    }

    public List<ChatMessage> messagesOf(String conversationId) {
        return store.messages(scopes.current().userId(), conversationId);
    }

    public Conversation rename(String id, String title) {
        String text = title == null ? "" : title.strip();
        if (text.isEmpty() || text.length() > Conversation.TITLE_MAX) {
            throw new InvalidInputException("title", messages.get("ai.chat.title.invalid", Conversation.TITLE_MAX));
        }
        return store.rename(scopes.current().userId(), id, text);
    }

    public void delete(String id) {
        store.delete(scopes.current().userId(), id);
        audit.record(AuditAction.DELETE, AiModule.ID, "conversation", id, null);
    }

    /** Tokens used today and the budget (0 = none), for the usage line of the chat page. */
    public long tokensToday() {
        return store.tokensToday(scopes.current().userId());
    }

    private void checkBudget(long userId) {
        long budget = gateway.settings().dailyTokenBudget();
        if (budget > 0 && store.tokensToday(userId) >= budget) {
            throw new AiFailure(AiFailure.Kind.BUDGET_SPENT, "daily token budget spent", null);
        }
    }

    /** Earlier questions and answers; tool rounds are kept for the record but not replayed to the model. */
    private List<AssistantLoop.Turn> history(long userId, String conversationId) {
        if (conversationId == null) {
            return List.of();
        }
        List<AssistantLoop.Turn> turns = new ArrayList<>();
        ChatMessage pendingQuestion = null;
        for (ChatMessage m : store.messages(userId, conversationId)) {
            if (m.getRole() == ChatMessage.Role.USER) {
                pendingQuestion = m;
            } else if (m.getRole() == ChatMessage.Role.ASSISTANT && pendingQuestion != null) {
                // Converse wants user and assistant to alternate: only answered questions are replayed.
                turns.add(new AssistantLoop.Turn(true, pendingQuestion.getContent()));
                turns.add(new AssistantLoop.Turn(false, m.getContent()));
                pendingQuestion = null;
            }
        }
        return turns;
    }

    private void auditRecordsRead(AssistantLoop.ToolCall call) {
        String moduleId = Optional.ofNullable(toolModule(call.name())).orElse(AiModule.ID);
        for (String record : call.recordsRead()) {
            int colon = record.indexOf(':');
            String type = colon < 0 ? record : record.substring(0, colon);
            String recordId = colon < 0 ? null : record.substring(colon + 1);
            audit.record(AuditAction.AI_RECORDS_READ, moduleId, type, recordId, "tool=" + call.name());
        }
    }

    private String toolModule(String toolName) {
        return modules.aiTools().stream().filter(t -> t.name().equals(toolName)).map(AiTool::moduleId).findFirst().orElse(null);
    }

    private static String title(String question) {
        String oneLine = question.replaceAll("\\s+", " ");
        return oneLine.length() <= TITLE_LENGTH ? oneLine : oneLine.substring(0, TITLE_LENGTH) + "…";
    }
}
