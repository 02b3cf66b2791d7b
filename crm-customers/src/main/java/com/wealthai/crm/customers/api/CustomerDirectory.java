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

    /**
     * The condition "the product risk level in {@code riskLevelSql} is above the highest level the
     * customer's risk tolerance allows" (適合性), on the given customer-id column, with the allowed
     * maximum per tolerance given by the caller (the suitability policy is not this module's). It does
     * not restrict to the caller's scope: combine it with {@link #restriction}. Lets another module
     * find unsuitable rows in the database without reading each customer:
     *
     * <pre>{@code
     * ScopeRestriction unsuitable = customers.riskAboveTolerance("h.customer_id", "p.risk_level", policy.levels());
     * String sql = "... where " + scope.sql() + " and " + unsuitable.sql();
     * }</pre>
     *
     * A tolerance missing from the map allows every level.
     */
    ScopeRestriction riskAboveTolerance(String customerIdColumn, String riskLevelSql, Map<RiskTolerance, Integer> maxRiskLevel);

    /**
     * The condition "the customer was born in {@code year} or before" (individuals; a corporation has
     * no birth year), on the given customer-id column, without the caller's scope. The birth date is
     * encrypted, so this is by year only: someone born in {@code today.getYear() - 75} may still be 74;
     * confirm such borderline customers with {@link CustomerSummary#age()}.
     */
    ScopeRestriction bornInOrBefore(int year, String customerIdColumn);

    /** Sales reps the caller may see (their own, their branch's, or all), for filters. */
    List<SalesRepSummary> salesReps(AccessScope scope);
}
