package com.wealthai.crm.customers.api;

import java.util.List;

/**
 * A SQL condition restricting a customer-id column to the customers a caller may see, with its
 * positional parameters, for native queries of other modules:
 *
 * <pre>{@code
 * ScopeRestriction scope = customers.restriction(caller, "h.customer_id");
 * String sql = "select ... from holdings h where " + scope.sql() + " and h.product_id = ?";
 * // bind scope.parameters() first, then the query's own
 * }</pre>
 *
 * For an administrator it is {@code TRUE}; for a caller who reaches nothing, {@code FALSE}.
 */
public record ScopeRestriction(String sql, List<Object> parameters) {

    public ScopeRestriction {
        parameters = List.copyOf(parameters);
    }
}
