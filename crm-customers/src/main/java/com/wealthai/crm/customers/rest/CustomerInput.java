package com.wealthai.crm.customers.rest;

/**
 * The body of {@code POST} and {@code PUT /api/customers}, as the client sent it. Lists and dates
 * stay text here so that a wrong value becomes a 422 naming the field (see {@link CustomerInputs})
 * rather than a bare "malformed JSON".
 */
public record CustomerInput(String customerCode, String customerType, String name, String nameKana,
                            String representativeName, String establishedDate, String birthDate, String gender,
                            String phone, String email, String address, String occupation, Long annualIncome,
                            Long netWorth, String riskTolerance, String investmentExperience, Long salesRepId) {
}
