package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of the customers a caller may see, grouped in the database, for the stats figures and the
 * dashboard tile. Every count goes through {@link ScopeCondition}, like the list.
 */
@ApplicationScoped
public class CustomerFigures {

    @PersistenceContext(unitName = "crm-customers")
    EntityManager em;

    /** Customers per type; both types present, zero when none. */
    public Map<CustomerType, Long> byType(AccessScope scope) {
        Map<CustomerType, Long> counts = new EnumMap<>(CustomerType.class);
        for (CustomerType type : CustomerType.values()) {
            counts.put(type, 0L);
        }
        for (Object[] row : grouped("c.type", scope)) {
            counts.put((CustomerType) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Customers per risk tolerance, lowest first; every level present, zero when none. */
    public Map<RiskTolerance, Long> byRiskTolerance(AccessScope scope) {
        Map<RiskTolerance, Long> counts = new EnumMap<>(RiskTolerance.class);
        for (RiskTolerance risk : RiskTolerance.values()) {
            counts.put(risk, 0L);
        }
        for (Object[] row : grouped("c.riskTolerance", scope)) {
            counts.put((RiskTolerance) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Customers per sales rep, for the reps who have any within the scope, in rep-code order. */
    public Map<SalesRepSummary, Long> bySalesRep(AccessScope scope) {
        TypedQuery<Object[]> query = em.createQuery("select r.id, r.repCode, r.name, r.branch, count(c) from Customer c"
                + " join c.salesRep r where " + ScopeCondition.jpql(scope)
                + " group by r.id, r.repCode, r.name, r.branch order by r.repCode", Object[].class);
        ScopeCondition.bind(query, scope);
        Map<SalesRepSummary, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(new SalesRepSummary((Long) row[0], (String) row[1], (String) row[2], (String) row[3]), (Long) row[4]);
        }
        return counts;
    }

    /** Customers registered at or after the given moment. */
    public long createdSince(OffsetDateTime since, AccessScope scope) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Customer c where c.createdAt >= :since and "
                + ScopeCondition.jpql(scope), Long.class).setParameter("since", since);
        ScopeCondition.bind(query, scope);
        return query.getSingleResult();
    }

    private java.util.List<Object[]> grouped(String path, AccessScope scope) {
        TypedQuery<Object[]> query = em.createQuery("select " + path + ", count(c) from Customer c where "
                + ScopeCondition.jpql(scope) + " group by " + path, Object[].class);
        ScopeCondition.bind(query, scope);
        return query.getResultList();
    }
}
