package com.wealthai.crm.customers.api;

import com.wealthai.crm.core.api.AccessScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customers for other modules, always within a caller's scope: a customer outside it is reported as
 * absent, exactly like one that does not exist.
 */
public interface CustomerDirectory {

    Optional<CustomerSummary> find(long customerId, AccessScope scope);

    /** The visible ones among the given ids, by id. */
    Map<Long, CustomerSummary> findAll(Collection<Long> customerIds, AccessScope scope);

    /** The condition that keeps only the caller's customers, on the given customer-id column. */
    ScopeRestriction restriction(AccessScope scope, String customerIdColumn);

    /** Sales reps the caller may see (their own, their branch's, or all), for filters. */
    List<SalesRepSummary> salesReps(AccessScope scope);
}
