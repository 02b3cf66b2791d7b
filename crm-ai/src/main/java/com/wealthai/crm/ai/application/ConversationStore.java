package com.wealthai.crm.ai.application;

import com.wealthai.crm.ai.domain.ChatMessage;
import com.wealthai.crm.ai.domain.Conversation;
import com.wealthai.crm.core.api.RecordNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Conversations and their messages, always of one user: another user's conversation is "not found".
 * Each method is its own short transaction, so that no transaction stays open while Bedrock thinks.
 */
@ApplicationScoped
@Transactional
public class ConversationStore {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "crm-ai")
    EntityManager em;

    public List<Conversation> ofUser(long userId) {
        return em.createNamedQuery(Conversation.OF_USER, Conversation.class).setParameter("userId", userId).getResultList();
    }

    public Conversation start(long userId, String title, Long customerId) {
        Conversation conversation = new Conversation(userId, title, customerId, now());
        em.persist(conversation);
        return conversation;
    }

    public Conversation get(long userId, String id) {
        Conversation conversation = id == null ? null : em.find(Conversation.class, id);
        if (conversation == null || conversation.getUserId() != userId) {
            throw new RecordNotFoundException("conversation " + id);
        }
        return conversation;
    }

    public List<ChatMessage> messages(long userId, String conversationId) {
        get(userId, conversationId);
        return em.createNamedQuery(ChatMessage.OF_CONVERSATION, ChatMessage.class).setParameter("id", conversationId).getResultList();
    }

    public void add(long userId, String conversationId, List<ChatMessage> messages) {
        Conversation conversation = get(userId, conversationId);
        for (ChatMessage message : messages) {
            em.persist(message);
            em.flush(); // one insert at a time: the identity ids then keep the order of the conversation
        }
        conversation.touch(now());
    }

    public Conversation rename(long userId, String id, String title) {
        Conversation conversation = get(userId, id);
        conversation.rename(title);
        return conversation;
    }

    public void delete(long userId, String id) {
        Conversation conversation = get(userId, id);
        em.createQuery("delete from ChatMessage m where m.conversationId = :id").setParameter("id", id).executeUpdate();
        em.remove(conversation);
    }

    /** Tokens the user's answers used since the start of today (Tokyo time). */
    public long tokensToday(long userId) {
        OffsetDateTime midnight = now().toLocalDate().atStartOfDay(TOKYO).toOffsetDateTime();
        Number used = em.createNamedQuery(ChatMessage.TOKENS_SINCE, Number.class)
                .setParameter("userId", userId).setParameter("since", midnight).getSingleResult();
        return used == null ? 0 : used.longValue();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(TOKYO);
    }
}
