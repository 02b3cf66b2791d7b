package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.InvestmentExperience;
import com.wealthai.crm.customers.api.RiskTolerance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Customers as summaries for other modules (names on notes, follow-ups, holdings): only the columns
 * a summary shows are read. Loading the whole entity decrypted six fields per customer (phone, email,
 * address, income, net worth, birth date) that no summary shows; this decrypts the birth date only,
 * for the age.
 */
@ApplicationScoped
public class CustomerSummaries {

    private static final String SELECT = "select c.id, c.customerCode, c.name, c.nameKana, c.type, c.riskTolerance,"
            + " c.investmentExperience, c.birthDate, c.salesRep.id, c.salesRep.name, c.salesRep.branch from Customer c where ";

    @PersistenceContext(unitName = "crm-customers")
    EntityManager em;

    /** The customers of the given ids within the scope; those outside it (or missing) are left out. */
    public List<CustomerSummary> of(Collection<Long> ids, AccessScope scope, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery(SELECT + "c.id in :ids and " + ScopeCondition.jpql(scope), Object[].class)
                .setParameter("ids", ids);
        ScopeCondition.bind(query, scope);
        return query.getResultList().stream().map(row -> summary(row, today)).toList();
    }

    public Optional<CustomerSummary> of(long id, AccessScope scope, LocalDate today) {
        return of(List.of(id), scope, today).stream().findFirst();
    }

    private static CustomerSummary summary(Object[] r, LocalDate today) {
        CustomerType type = (CustomerType) r[4];
        return new CustomerSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], type, (RiskTolerance) r[5],
                (InvestmentExperience) r[6], Customer.age(type, (LocalDate) r[7], today), (Long) r[8], (String) r[9], (String) r[10]);
    }
}
