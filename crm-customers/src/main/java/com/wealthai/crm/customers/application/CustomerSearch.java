package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.SearchFolding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import com.wealthai.crm.core.api.BlindIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds customers within the caller's scope: pages of the list (filtered and sorted in the database)
 * and single customers. The typed text is folded like the stored search text and matched as a
 * substring, which the trigram index on {@code search_text} serves.
 */
@ApplicationScoped
public class CustomerSearch {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext(unitName = "crm-customers")
    EntityManager em;

    public List<Customer> page(CustomerFilter filter, AccessScope scope, CustomerSort sort, boolean descending, int first, int size) {
        // A later birth year is a younger customer: age ascending is birth year descending.
        boolean descendingInSql = sort == CustomerSort.AGE ? !descending : descending;
        String order = sort.path() + (descendingInSql ? " desc" : " asc") + ", c.id";
        TypedQuery<Customer> query = em.createQuery("select c from Customer c join fetch c.salesRep where "
                + where(filter, scope) + " order by " + order, Customer.class);
        bind(query, filter, scope);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(CustomerFilter filter, AccessScope scope) {
        TypedQuery<Long> query = em.createQuery("select count(c) from Customer c where " + where(filter, scope), Long.class);
        bind(query, filter, scope);
        return query.getSingleResult();
    }

    public Optional<Customer> find(long id, AccessScope scope) {
        TypedQuery<Customer> query = em.createQuery("select c from Customer c join fetch c.salesRep where c.id = :id and "
                + ScopeCondition.jpql(scope), Customer.class).setParameter("id", id);
        ScopeCondition.bind(query, scope);
        return query.getResultStream().findFirst();
    }

    public List<Customer> findAll(java.util.Collection<Long> ids, AccessScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Customer> query = em.createQuery("select c from Customer c join fetch c.salesRep where c.id in :ids and "
                + ScopeCondition.jpql(scope), Customer.class).setParameter("ids", ids);
        ScopeCondition.bind(query, scope);
        return query.getResultList();
    }

    private static String where(CustomerFilter filter, AccessScope scope) {
        List<String> conditions = new ArrayList<>();
        conditions.add(ScopeCondition.jpql(scope));
        if (SearchFolding.asPhoneNumber(filter.text()) != null) {
            conditions.add("c.phoneIndex = :phone");
        } else if (!SearchFolding.fold(filter.text()).isEmpty()) {
            conditions.add("(c.searchText like :text or c.salesRep.name like :repText)");
        }
        if (filter.type() != null) {
            conditions.add("c.type = :type");
        }
        if (filter.riskTolerance() != null) {
            conditions.add("c.riskTolerance = :risk");
        }
        if (filter.salesRepId() != null) {
            conditions.add("c.salesRep.id = :rep");
        }
        return String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, CustomerFilter filter, AccessScope scope) {
        ScopeCondition.bind(query, scope);
        String phone = SearchFolding.asPhoneNumber(filter.text());
        String folded = SearchFolding.fold(filter.text());
        if (phone != null) {
            // the phone is encrypted; its keyed hash (blind index) finds the exact number
            query.setParameter("phone", BlindIndex.of(phone));
        } else if (!folded.isEmpty()) {
            query.setParameter("text", "%" + escapeLike(folded) + "%");
            query.setParameter("repText", "%" + escapeLike(filter.text().trim()) + "%");
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (filter.riskTolerance() != null) {
            query.setParameter("risk", filter.riskTolerance());
        }
        if (filter.salesRepId() != null) {
            query.setParameter("rep", filter.salesRepId());
        }
    }

    /** Typed % and _ are matched literally (PostgreSQL's default LIKE escape is the backslash). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
