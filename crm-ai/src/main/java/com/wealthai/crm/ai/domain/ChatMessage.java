package com.wealthai.crm.ai.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of a conversation; written once, never changed. */
@Entity
@Table(name = "ai_message")
@NamedQuery(name = ChatMessage.OF_CONVERSATION, query = "select m from ChatMessage m where m.conversationId = :id order by m.id")
@NamedQuery(name = ChatMessage.TOKENS_SINCE, query = "select coalesce(sum(m.inputTokens + m.outputTokens), 0) from ChatMessage m, Conversation c"
        + " where m.conversationId = c.id and c.userId = :userId and m.role = com.wealthai.crm.ai.domain.ChatMessage.Role.ASSISTANT"
        + " and m.createdAt >= :since")
public class ChatMessage {

    public static final String OF_CONVERSATION = "ChatMessage.ofConversation";
    public static final String TOKENS_SINCE = "ChatMessage.tokensSince";

    /** Who or what the entry is. */
    public enum Role { USER, ASSISTANT, TOOL, ERROR }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, length = 36)
    private String conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column
    private String content;

    @Column(name = "tool_name", length = 100)
    private String toolName;

    @Column(name = "tool_input")
    private String toolInput;

    @Column(name = "tool_result")
    private String toolResult;

    @Column(name = "tool_round")
    private Integer toolRound;

    @Column(name = "input_tokens")
    private Integer inputTokens;

    @Column(name = "output_tokens")
    private Integer outputTokens;

    @Column(length = 200)
    private String model;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected ChatMessage() {
    }

    private ChatMessage(String conversationId, Role role, String content, OffsetDateTime now) {
        this.conversationId = conversationId;
        this.role = role;
        this.content = content;
        this.createdAt = now;
    }

    public static ChatMessage question(String conversationId, String text, OffsetDateTime now) {
        return new ChatMessage(conversationId, Role.USER, text, now);
    }

    public static ChatMessage answer(String conversationId, String text, long inputTokens, long outputTokens, String model,
                                     OffsetDateTime now) {
        ChatMessage m = new ChatMessage(conversationId, Role.ASSISTANT, text, now);
        m.inputTokens = (int) inputTokens;
        m.outputTokens = (int) outputTokens;
        m.model = model;
        return m;
    }

    public static ChatMessage toolCall(String conversationId, int round, String name, String input, String result, boolean failed,
                                       OffsetDateTime now) {
        ChatMessage m = new ChatMessage(conversationId, Role.TOOL, failed ? "error" : "ok", now);
        m.toolRound = round;
        m.toolName = name;
        m.toolInput = input;
        m.toolResult = result;
        return m;
    }

    public static ChatMessage error(String conversationId, String messageKey, OffsetDateTime now) {
        return new ChatMessage(conversationId, Role.ERROR, messageKey, now);
    }

    public Long getId() {
        return id;
    }

    public String getConversationId() {
        return conversationId;
    }

    public Role getRole() {
        return role;
    }

    public String getContent() {
        return content;
    }

    public String getToolName() {
        return toolName;
    }

    public String getToolInput() {
        return toolInput;
    }

    public String getToolResult() {
        return toolResult;
    }

    public Integer getToolRound() {
        return toolRound;
    }

    public Integer getInputTokens() {
        return inputTokens;
    }

    public Integer getOutputTokens() {
        return outputTokens;
    }

    public String getModel() {
        return model;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
