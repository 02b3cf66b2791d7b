package com.wealthai.crm.ai.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A user's conversation with the assistant; bound to one customer when opened from that customer. */
@Entity
@Table(name = "ai_conversation")
@NamedQuery(name = Conversation.OF_USER, query = "select c from Conversation c where c.userId = :userId order by c.updatedAt desc")
public class Conversation {

    public static final String OF_USER = "Conversation.ofUser";
    public static final int TITLE_MAX = 200;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(long userId, String title, Long customerId, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.userId = userId;
        this.title = title;
        this.customerId = customerId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newTitle) {
        this.title = newTitle;
    }

    public void touch(OffsetDateTime now) {
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getTitle() {
        return title;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
