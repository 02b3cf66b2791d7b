package com.wealthai.crm.customers.api;

/**
 * A customer as other modules see one: no contact data, the age instead of the birth date.
 *
 * @param age age in whole years today (Asia/Tokyo); null for corporations or when unknown
 */
public record CustomerSummary(long id, String customerCode, String name, String nameKana, CustomerType type,
                              RiskTolerance riskTolerance, InvestmentExperience investmentExperience, Integer age,
                              long salesRepId, String salesRepName, String branch) {
}
