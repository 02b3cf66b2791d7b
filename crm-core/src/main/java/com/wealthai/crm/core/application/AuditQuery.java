package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the audit trail for the admin page: filtered, newest first, a page at a time. */
@ApplicationScoped
public class AuditQuery {

    @PersistenceContext(unitName = "crm-core")
    EntityManager em;

    /** The filters of the audit page; any may be null. */
    public record Filter(OffsetDateTime from, OffsetDateTime to, String actor, AuditAction action, String entityType, String entityId) {
    }

    public List<AuditEvent> page(Filter filter, int first, int size) {
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where(filter) + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Filter filter) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e" + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private static String where(Filter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (f.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        if (f.actor() != null) {
            where.append(" and e.actor = :actor");
        }
        if (f.action() != null) {
            where.append(" and e.action = :action");
        }
        if (f.entityType() != null) {
            where.append(" and e.entityType = :entityType");
        }
        if (f.entityId() != null) {
            where.append(" and e.entityId = :entityId");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Filter f) {
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
        if (f.actor() != null) {
            query.setParameter("actor", f.actor());
        }
        if (f.action() != null) {
            query.setParameter("action", f.action());
        }
        if (f.entityType() != null) {
            query.setParameter("entityType", f.entityType());
        }
        if (f.entityId() != null) {
            query.setParameter("entityId", f.entityId());
        }
    }
}
