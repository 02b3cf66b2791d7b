package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.ScopeRestriction;
import jakarta.persistence.TypedQuery;
import com.wealthai.crm.customers.api.RiskTolerance;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller's reach as a query condition: the rep's own book, the manager's branch, everything for
 * an administrator, nothing for a user with no reach. One place, so that list, detail, export, API
 * and AI tools cannot differ.
 */
final class ScopeCondition {

    private ScopeCondition() {
    }

    /** JPQL condition on the customer alias {@code c}; bind with {@link #bind}. */
    static String jpql(AccessScope scope) {
        return switch (scope.reach()) {
            case ALL -> "1 = 1";
            case BRANCH -> "c.salesRep.branch = :scopeBranch";
            case OWN_BOOK -> "c.salesRep.id = :scopeRep";
            case NONE -> "1 = 0";
        };
    }

    static void bind(TypedQuery<?> query, AccessScope scope) {
        switch (scope.reach()) {
            case BRANCH -> query.setParameter("scopeBranch", scope.branch());
            case OWN_BOOK -> query.setParameter("scopeRep", scope.salesRepId());
            default -> {
            }
        }
    }

    /** SQL condition on another module's customer-id column, for native queries. */
    static ScopeRestriction sql(AccessScope scope, String customerIdColumn) {
        return switch (scope.reach()) {
            case ALL -> new ScopeRestriction("TRUE", List.of());
            case BRANCH -> new ScopeRestriction(customerIdColumn + " in (select c.id from customers c join sales_representatives r"
                    + " on r.id = c.sales_rep_id where r.branch = ?)", List.of(scope.branch()));
            case OWN_BOOK -> new ScopeRestriction(customerIdColumn + " in (select c.id from customers c where c.sales_rep_id = ?)",
                    List.of(scope.salesRepId()));
            case NONE -> new ScopeRestriction("FALSE", List.of());
        };
    }

    /**
     * SQL condition on another module's customer-id column: the customer's risk tolerance is one of
     * the given. Reads the index customers (risk_tolerance, id) (customers V4) only.
     */
    static ScopeRestriction riskTolerance(Set<RiskTolerance> tolerances, String customerIdColumn) {
        if (tolerances.isEmpty()) {
            return new ScopeRestriction("FALSE", List.of());
        }
        // Enum names are fixed identifiers, not user input: inlined, the planner sees the constants
        // (and the statement stays one per set, not one per bound value).
        String names = tolerances.stream().sorted().map(t -> "'" + t.name() + "'").collect(Collectors.joining(", "));
        return new ScopeRestriction(customerIdColumn + " in (select c.id from customers c where c.risk_tolerance in (" + names + "))",
                List.of());
    }

    static boolean covers(AccessScope scope, long salesRepId, String branch) {
        return switch (scope.reach()) {
            case ALL -> true;
            case BRANCH -> scope.branch().equals(branch);
            case OWN_BOOK -> scope.salesRepId() == salesRepId;
            case NONE -> false;
        };
    }
}
