package com.wealthai.crm.core.application;

import java.time.OffsetDateTime;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.Objects;

/**
 * Appends to the audit trail within the caller's transaction, so that a change and its audit line
 * commit or roll back together. The actor is the authenticated caller unless given explicitly (failed
 * logins have no caller yet).
 */
@ApplicationScoped
public class AuditService implements AuditTrail {

    @PersistenceContext(unitName = "crm-core")
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Inject
    BeanManager beanManager;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void record(AuditAction action, String moduleId, String entityType, Object entityId, String detail) {
        recordAs(currentActor(), action, moduleId, entityType, entityId, detail);
    }

    /** Records an event for a named actor: logins, and work done by the system. */
    @Transactional
    public void recordAs(String actor, AuditAction action, String moduleId, String entityType, Object entityId, String detail) {
        em.persist(new AuditEvent(OffsetDateTime.now(clock), actor, action, moduleId, entityType,
                entityId == null ? null : Objects.toString(entityId), detail, clientIp()));
    }

    private String currentActor() {
        if (!RequestContexts.active(beanManager)) {
            return "system";
        }
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }

    private String clientIp() {
        if (!RequestContexts.active(beanManager)) {
            return null;
        }
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
