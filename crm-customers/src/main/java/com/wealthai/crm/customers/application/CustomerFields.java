package com.wealthai.crm.customers.application;

import com.wealthai.crm.customers.domain.Customer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields a user edits on a customer, copied from the edited copy to the stored one, with the
 * names of those that changed (for the audit trail, which records names, never values).
 */
final class CustomerFields {

    private record Field<V>(String name, Function<Customer, V> get, BiConsumer<Customer, V> set) {

        boolean copy(Customer from, Customer to) {
            V value = get.apply(from);
            if (Objects.equals(value, get.apply(to))) {
                return false;
            }
            set.accept(to, value);
            return true;
        }
    }

    private static final List<Field<?>> EDITABLE = List.of(
            new Field<>("customer_code", Customer::getCustomerCode, Customer::setCustomerCode),
            new Field<>("customer_type", Customer::getType, Customer::setType),
            new Field<>("name", Customer::getName, Customer::setName),
            new Field<>("name_kana", Customer::getNameKana, Customer::setNameKana),
            new Field<>("representative_name", Customer::getRepresentativeName, Customer::setRepresentativeName),
            new Field<>("established_date", Customer::getEstablishedDate, Customer::setEstablishedDate),
            new Field<>("birth_date", Customer::getBirthDate, Customer::setBirthDate),
            new Field<>("gender", Customer::getGender, Customer::setGender),
            new Field<>("phone", Customer::getPhone, Customer::setPhone),
            new Field<>("email", Customer::getEmail, Customer::setEmail),
            new Field<>("address", Customer::getAddress, Customer::setAddress),
            new Field<>("occupation", Customer::getOccupation, Customer::setOccupation),
            new Field<>("annual_income", Customer::getAnnualIncome, Customer::setAnnualIncome),
            new Field<>("net_worth", Customer::getNetWorth, Customer::setNetWorth),
            new Field<>("risk_tolerance", Customer::getRiskTolerance, Customer::setRiskTolerance),
            new Field<>("investment_experience", Customer::getInvestmentExperience, Customer::setInvestmentExperience));

    private CustomerFields() {
    }

    static List<String> copy(Customer from, Customer to) {
        List<String> changed = new ArrayList<>();
        for (Field<?> field : EDITABLE) {
            if (field.copy(from, to)) {
                changed.add(field.name());
            }
        }
        return changed;
    }
}
