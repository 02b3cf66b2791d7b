package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.TableExport.Column;
import com.wealthai.crm.customers.domain.Customer;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a customer export: what the list shows plus the profile, labels in the user's
 * language. Contact data is left out: an export leaves the system's protection.
 */
final class CustomerExportColumns {

    private CustomerExportColumns() {
    }

    static List<Column<Customer>> of(CrmMessages messages, Function<Customer, Integer> age) {
        return List.of(
                new Column<>(messages.get("customers.field.customerCode"), Customer::getCustomerCode),
                new Column<>(messages.get("customers.field.type"), c -> messages.get(c.getType().labelKey())),
                new Column<>(messages.get("customers.field.name"), Customer::getName),
                new Column<>(messages.get("customers.field.nameKana"), Customer::getNameKana),
                new Column<>(messages.get("customers.field.age"), age::apply),
                new Column<>(messages.get("customers.field.occupation"), Customer::getOccupation),
                new Column<>(messages.get("customers.field.riskTolerance"), c -> messages.get(c.getRiskTolerance().labelKey())),
                new Column<>(messages.get("customers.field.investmentExperience"), c -> messages.get(c.getInvestmentExperience().labelKey())),
                new Column<>(messages.get("customers.field.salesRep"), c -> c.getSalesRep().getName()),
                new Column<>(messages.get("customers.field.branch"), c -> c.getSalesRep().getBranch()));
    }
}
