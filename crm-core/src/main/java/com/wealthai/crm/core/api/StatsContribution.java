package com.wealthai.crm.core.api;

import java.util.Map;

/**
 * Figures a module adds to {@code GET /api/stats}, counted within the caller's scope.
 * Keys are snake_case, e.g. {@code customers_total}.
 */
public interface StatsContribution {

    String moduleId();

    Map<String, Number> figures(AccessScope scope);
}
