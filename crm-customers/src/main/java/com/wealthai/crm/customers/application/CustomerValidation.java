package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.customers.domain.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the entity's Bean Validation constraints before a write and reports every broken one at once,
 * named by its API field (snake_case), with the message in the caller's language.
 */
@ApplicationScoped
public class CustomerValidation {

    @Inject
    Validator validator;

    public void check(Customer customer) {
        List<FieldError> errors = validator.validate(customer).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(CustomerValidation::fieldError)
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static FieldError fieldError(ConstraintViolation<Customer> violation) {
        return new FieldError(snakeCase(violation.getPropertyPath().toString()), violation.getMessage());
    }

    static String snakeCase(String property) {
        return switch (property) {
            case "type" -> "customer_type";
            case "salesRep" -> "sales_rep_id";
            default -> property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        };
    }
}
