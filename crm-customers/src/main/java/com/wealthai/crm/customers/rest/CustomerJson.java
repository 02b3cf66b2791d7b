package com.wealthai.crm.customers.rest;

import com.wealthai.crm.customers.domain.Customer;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A customer as the API shows it; field names become snake_case (the original system's columns)
 * through the core's JSON-B naming. Lists use {@link Row}, one customer {@link Full}.
 */
public final class CustomerJson {

    private CustomerJson() {
    }

    /** One line of {@code GET /api/customers}: what a list shows, no contact data. */
    public record Row(long id, String customerCode, String customerType, String name, String nameKana, Integer age,
               String riskTolerance, String investmentExperience, long salesRepId, String salesRepName,
               OffsetDateTime updatedAt) {

        public static Row of(Customer c, LocalDate today) {
            return new Row(c.getId(), c.getCustomerCode(), c.getType().name(), c.getName(), c.getNameKana(), c.ageOn(today),
                    code(c.getRiskTolerance()), code(c.getInvestmentExperience()), c.getSalesRep().getId(),
                    c.getSalesRep().getName(), c.getUpdatedAt());
        }
    }

    /** {@code GET /api/customers/{id}}: the whole profile, decrypted for a caller in scope. */
    public record Full(long id, String customerCode, String customerType, String name, String nameKana,
                String representativeName, LocalDate establishedDate, LocalDate birthDate, Integer age, String gender,
                String phone, String email, String address, String occupation, Long annualIncome, Long netWorth,
                String riskTolerance, String investmentExperience, long salesRepId, String salesRepName, long version,
                OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {

        public static Full of(Customer c, LocalDate today) {
            return new Full(c.getId(), c.getCustomerCode(), c.getType().name(), c.getName(), c.getNameKana(),
                    c.getRepresentativeName(), c.getEstablishedDate(), c.getBirthDate(), c.ageOn(today), code(c.getGender()),
                    c.getPhone(), c.getEmail(), c.getAddress(), c.getOccupation(), c.getAnnualIncome(), c.getNetWorth(),
                    code(c.getRiskTolerance()), code(c.getInvestmentExperience()), c.getSalesRep().getId(),
                    c.getSalesRep().getName(), c.getVersion(), c.getCreatedAt(), c.getCreatedBy(), c.getUpdatedAt(),
                    c.getUpdatedBy());
        }
    }

    /** {@code GET /api/sales-reps}. */
    public record Rep(long id, String repCode, String name, String department, String branch, String email, String phone,
               LocalDate hireDate, boolean active) {
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
