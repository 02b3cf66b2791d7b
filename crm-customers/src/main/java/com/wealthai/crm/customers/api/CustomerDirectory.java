package com.wealthai.crm.customers.api;

import com.wealthai.crm.core.api.AccessScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The condition that keeps only customers whose risk tolerance is one of the given, on the given
     * customer-id column; it does not restrict to the caller's scope, so combine it with
     * {@link #restriction}. Lets another module find, in the database, rows that do not suit their
     * customer (e.g. holdings whose product risk is above what the tolerance allows) without reading
     * each customer. An empty set gives {@code FALSE}.
     *
     * <pre>{@code
     * ScopeRestriction cautious = customers.withRiskTolerance(EnumSet.of(CONSERVATIVE), "h.customer_id");
     * String sql = "... where " + scope.sql() + " and p.risk_level > 2 and " + cautious.sql();
     * }</pre>
     */
    ScopeRestriction withRiskTolerance(Set<RiskTolerance> tolerances, String customerIdColumn);

    /** Sales reps the caller may see (their own, their branch's, or all), for filters. */
    List<SalesRepSummary> salesReps(AccessScope scope);
}
