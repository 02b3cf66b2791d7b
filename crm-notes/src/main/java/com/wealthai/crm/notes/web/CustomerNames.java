package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.application.NoteRow;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The customers of the notes a page shows, looked up once per page (notes hold only the customer id). */
class CustomerNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, CustomerSummary> known = new HashMap<>();

    void remember(List<NoteRow> rows, CustomerDirectory customers, AccessScope scope) {
        List<Long> missing = rows.stream().map(NoteRow::customerId).filter(id -> !known.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            known.putAll(customers.findAll(missing, scope));
        }
    }

    CustomerSummary get(long id) {
        return known.get(id);
    }

    void put(CustomerSummary customer) {
        known.put(customer.id(), customer);
    }

    String name(long id) {
        CustomerSummary customer = known.get(id);
        return customer == null ? "#" + id : customer.name();
    }
}
