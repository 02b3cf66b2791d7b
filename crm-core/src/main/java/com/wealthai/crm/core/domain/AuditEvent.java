package com.wealthai.crm.core.domain;

import com.wealthai.crm.core.api.AuditAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One line of the audit trail. The table refuses UPDATE, DELETE and TRUNCATE (a trigger), so the
 * application can only append to it; the entity has no setters for the same reason.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "module_id", updatable = false, length = 50)
    private String moduleId;

    @Column(name = "entity_type", updatable = false, length = 50)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 100)
    private String entityId;

    @Column(updatable = false, length = 2000)
    private String detail;

    @Column(name = "client_ip", updatable = false, length = 45)
    private String clientIp;

    protected AuditEvent() {
    }

    public AuditEvent(OffsetDateTime occurredAt, String actor, AuditAction action, String moduleId,
                      String entityType, String entityId, String detail, String clientIp) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.moduleId = moduleId;
        this.entityType = entityType;
        this.entityId = entityId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
        this.clientIp = clientIp;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getModuleId() {
        return moduleId;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientIp() {
        return clientIp;
    }
}
