package com.wealthai.crm.customers.application;

/**
 * The columns the customer list sorts by, with the JPQL path each sorts on. Names sort by their
 * kana (the reading), as Japanese lists are ordered; age sorts by the clear birth year (the birth
 * date itself is encrypted).
 */
public enum CustomerSort {
    CODE("c.customerCode"),
    NAME("c.nameKana"),
    TYPE("c.type"),
    AGE("c.birthYear"),
    RISK("c.riskTolerance"),
    EXPERIENCE("c.investmentExperience"),
    REP("c.salesRep.name"),
    UPDATED("c.updatedAt");

    private final String path;

    CustomerSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    /** The sort for a list column or API field name; unknown names sort by kana. */
    public static CustomerSort byField(String field) {
        if (field == null) {
            return NAME;
        }
        return switch (field) {
            case "customer_code", "customerCode", "code" -> CODE;
            case "customer_type", "type" -> TYPE;
            case "age", "birth_date" -> AGE;
            case "risk_tolerance", "riskTolerance" -> RISK;
            case "investment_experience", "investmentExperience" -> EXPERIENCE;
            case "sales_rep", "salesRep", "sales_rep_id", "rep" -> REP;
            case "updated_at", "updatedAt" -> UPDATED;
            default -> NAME;
        };
    }
}
