package com.wealthai.crm.customers.rest;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.InvestmentExperience;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.Gender;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns an API body into an unsaved {@link Customer}. Values that cannot even be read (a list value
 * that does not exist, a date that is no date) are refused here, all at once; the rules on readable
 * values are the entity's Bean Validation, applied by the service.
 */
final class CustomerInputs {

    private final CrmMessages messages;
    private final List<FieldError> errors = new ArrayList<>();

    private CustomerInputs(CrmMessages messages) {
        this.messages = messages;
    }

    static Customer toCustomer(CustomerInput input, CrmMessages messages) {
        if (input == null) {
            throw new InvalidInputException("body", messages.get("customers.api.bodyMissing"));
        }
        return new CustomerInputs(messages).read(input);
    }

    private Customer read(CustomerInput in) {
        Customer c = new Customer();
        c.setCustomerCode(in.customerCode());
        CustomerType type = choice(in.customerType(), CustomerType.class, "customer_type");
        c.setType(type == null ? CustomerType.INDIVIDUAL : type);
        c.setName(in.name());
        c.setNameKana(in.nameKana());
        c.setRepresentativeName(in.representativeName());
        c.setEstablishedDate(date(in.establishedDate(), "established_date"));
        c.setBirthDate(date(in.birthDate(), "birth_date"));
        c.setGender(choice(in.gender(), Gender.class, "gender"));
        c.setPhone(in.phone());
        c.setEmail(in.email());
        c.setAddress(in.address());
        c.setOccupation(in.occupation());
        c.setAnnualIncome(in.annualIncome());
        c.setNetWorth(in.netWorth());
        c.setRiskTolerance(choice(in.riskTolerance(), RiskTolerance.class, "risk_tolerance"));
        c.setInvestmentExperience(choice(in.investmentExperience(), InvestmentExperience.class, "investment_experience"));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return c;
    }

    private <E extends Enum<E>> E choice(String text, Class<E> type, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            errors.add(new FieldError(field, messages.get("customers.api.choice", allowed)));
            return null;
        }
    }

    private LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, messages.get("customers.api.date")));
            return null;
        }
    }
}
