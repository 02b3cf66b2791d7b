package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.ScopeRestriction;
import jakarta.persistence.TypedQuery;
import com.wealthai.crm.customers.api.RiskTolerance;
import java.util.List;
import java.util.Map;

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
        return jpql(scope, "c");
    }

    /** JPQL condition on the given customer alias; bind with {@link #bind}. */
    static String jpql(AccessScope scope, String alias) {
        return switch (scope.reach()) {
            case ALL -> "1 = 1";
            case BRANCH -> alias + ".salesRep.branch = :scopeBranch";
            case OWN_BOOK -> alias + ".salesRep.id = :scopeRep";
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
     * SQL condition on another module's customer-id column: the risk level is above the maximum the
     * customer's tolerance allows. One correlated probe per row, which PostgreSQL runs as a semi-join:
     * index probes of the covering index customers (id) include (risk_tolerance, birth_year)
     * (customers V5) for a rep's few rows, one hash of it for a whole book. Three "customer_id in (customers of tolerance
     * T)" sub-selects, one per tolerance, cost 2 s for an administrator and 0.5 s for a rep instead
     * (400,000 holdings, see holdings' DashboardTilesBenchmark).
     */
    static ScopeRestriction riskAboveTolerance(String customerIdColumn, String riskLevelSql, Map<RiskTolerance, Integer> maxRiskLevel) {
        if (maxRiskLevel.isEmpty()) { // every tolerance allows everything (and "case" needs a "when")
            return new ScopeRestriction("FALSE", List.of());
        }
        StringBuilder limit = new StringBuilder("case c.risk_tolerance");
        // Enum names and integers, never user input: inlined, the planner sees the constants.
        maxRiskLevel.forEach((tolerance, max) -> limit.append(" when '").append(tolerance.name()).append("' then ").append((int) max));
        limit.append(" else ").append(Integer.MAX_VALUE).append(" end");
        return new ScopeRestriction("exists (select 1 from customers c where c.id = " + customerIdColumn
                + " and " + riskLevelSql + " > " + limit + ")", List.of());
    }

    /** SQL condition on another module's customer-id column: born in the year or before (birth_year is kept in clear). */
    static ScopeRestriction bornInOrBefore(int year, String customerIdColumn) {
        return new ScopeRestriction("exists (select 1 from customers c where c.id = " + customerIdColumn
                + " and c.birth_year <= ?)", List.of(year));
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
