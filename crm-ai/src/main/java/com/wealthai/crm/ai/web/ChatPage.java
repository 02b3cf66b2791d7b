package com.wealthai.crm.ai.web;

import com.wealthai.crm.ai.application.AiFailure;
import com.wealthai.crm.ai.application.ChatService;
import com.wealthai.crm.ai.domain.ChatMessage;
import com.wealthai.crm.ai.domain.Conversation;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The chat page: the user's conversations, the selected thread, the question box. */
@Named("aiChat")
@ViewScoped
public class ChatPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A message as the thread shows it (a class with getters: Faces 4's EL does not read record components). */
    public static final class Entry implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String role;
        private final String html;
        private final String text;
        private final String toolName;
        private final String toolInput;
        private final String usage;

        Entry(String role, String html, String text, String toolName, String toolInput, String usage) {
            this.role = role;
            this.html = html;
            this.text = text;
            this.toolName = toolName;
            this.toolInput = toolInput;
            this.usage = usage;
        }

        public String getRole() {
            return role;
        }

        public String getHtml() {
            return html;
        }

        public String getText() {
            return text;
        }

        public String getToolName() {
            return toolName;
        }

        public String getToolInput() {
            return toolInput;
        }

        public String getUsage() {
            return usage;
        }
    }

    @Inject
    transient ChatService chat;

    @Inject
    transient MarkdownRenderer markdown;

    @Inject
    transient CrmMessages messages;

    private String conversationId;
    private Long customerId;
    private String question;
    private String title;
    private List<Conversation> conversations;
    private List<Entry> thread = List.of();

    /**
     * Opens the conversation named by {@code ?c=} (if it is the user's), or a new one about the
     * customer named by {@code ?customer=} (the entry from a customer's page).
     */
    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        conversationId = params.get("c");
        customerId = parseId(params.get("customer"));
        conversations = chat.conversations();
        if (conversationId != null && conversations.stream().noneMatch(c -> c.getId().equals(conversationId))) {
            conversationId = null;
        }
        refreshThread();
    }

    public boolean isConfigured() {
        return chat.configured();
    }

    public void send() {
        ask(question);
    }

    public void ask(String text) {
        try {
            ChatService.ChatResult result = chat.ask(conversationId, customerId, text);
            conversationId = result.conversationId();
            if (result.answered()) {
                question = null;
            } else {
                error(result.failure());
            }
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage("chatForm:question",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.errors().get(0).message(), null));
        }
        conversations = chat.conversations();
        refreshThread();
    }

    public void select(String id) {
        conversationId = id;
        Conversation c = chat.conversation(id);
        customerId = c.getCustomerId();
        refreshThread();
    }

    public void startNew() {
        conversationId = null;
        thread = List.of();
        question = null;
    }

    public void rename() {
        try {
            chat.rename(conversationId, title);
            conversations = chat.conversations();
        } catch (InvalidInputException e) {
            FacesContext.getCurrentInstance().addMessage("chatForm:title",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.errors().get(0).message(), null));
        }
    }

    public void delete(String id) {
        chat.delete(id);
        if (id.equals(conversationId)) {
            startNew();
        }
        conversations = chat.conversations();
    }

    public String getUsage() {
        long used = chat.tokensToday();
        long budget = chat.settings().dailyTokenBudget();
        return budget > 0 ? messages.get("ai.chat.usageBudget", used, budget) : messages.get("ai.chat.usage", used);
    }

    private static Long parseId(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void error(AiFailure failure) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("ai.error.title"), messages.get(failure.messageKey())));
    }

    private void refreshThread() {
        if (conversationId == null) {
            thread = List.of();
            return;
        }
        Conversation current = chat.conversation(conversationId);
        title = current.getTitle();
        customerId = current.getCustomerId();
        thread = chat.messagesOf(conversationId).stream().map(this::entry).toList();
    }

    private Entry entry(ChatMessage m) {
        return switch (m.getRole()) {
            case USER -> new Entry("user", null, m.getContent(), null, null, null);
            case ASSISTANT -> new Entry("assistant", markdown.toHtml(m.getContent()), m.getContent(), null, null,
                    messages.get("ai.chat.answerUsage", m.getInputTokens(), m.getOutputTokens(), m.getModel()));
            case TOOL -> new Entry("tool", null, null, m.getToolName(), m.getToolInput(), null);
            case ERROR -> new Entry("error", null, messages.get(m.getContent()), null, null, null);
        };
    }

    public List<Conversation> getConversations() {
        return conversations;
    }

    public List<Entry> getThread() {
        return thread;
    }

    public String getConversationId() {
        return conversationId;
    }

    public void setConversationId(String conversationId) {
        this.conversationId = conversationId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
