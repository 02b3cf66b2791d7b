package com.wealthai.crm.holdings.application;

import java.util.Locale;

/** The orders of the product master table; each maps to a JPQL path of {@link ProductCatalog}'s query. */
public enum ProductSort {
    CODE("p.productCode"),
    NAME("p.name"),
    CATEGORY("p.category"),
    RISK("p.riskLevel"),
    MATURITY("p.maturityDate");

    final String jpql;

    ProductSort(String jpql) {
        this.jpql = jpql;
    }

    /** The sort for a table column or API field ({@code risk_level}, {@code riskLevel} …); default by code. */
    public static ProductSort byField(String field) {
        if (field == null || field.isBlank()) {
            return CODE;
        }
        return switch (field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)) {
            case "NAME" -> NAME;
            case "CATEGORY" -> CATEGORY;
            case "RISK", "RISK_LEVEL" -> RISK;
            case "MATURITY", "MATURITY_DATE" -> MATURITY;
            default -> CODE;
        };
    }
}
