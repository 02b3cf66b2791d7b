package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.TableExport;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.application.CustomerSearch;
import com.wealthai.crm.customers.application.CustomerSort;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.SalesRep;
import com.wealthai.crm.customers.application.SalesReps;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/** The customer list: a page at a time from the database, sorted there, filtered by the session's state. */
@Named
@ViewScoped
public class CustomerListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    CustomerSearch search;

    @Inject
    SalesReps salesReps;

    @Inject
    AccessScopes scopes;

    @Inject
    CustomerListState state;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    private final LazyDataModel<Customer> customers = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, search.count(state.filter(), scopes.current()));
        }

        @Override
        public List<Customer> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            state.setFirst(first);
            return search.page(state.filter(), scopes.current(),
                    CustomerSort.byField(sort == null ? null : sort.getField()),
                    sort != null && sort.getOrder() == SortOrder.DESCENDING, first, pageSize);
        }

        @Override
        public String getRowKey(Customer customer) {
            return String.valueOf(customer.getId());
        }
    };

    public void search() {
        state.setFirst(0);
    }

    public void clear() {
        state.clear();
    }

    public LazyDataModel<Customer> getCustomers() {
        return customers;
    }

    public Integer age(Customer customer) {
        return customer.ageOn(LocalDate.now(TOKYO));
    }

    public List<SalesRepSummary> getSalesReps() {
        return salesReps.visibleTo(scopes.current()).stream().map(SalesRep::summary).toList();
    }

    public CustomerType[] getTypes() {
        return CustomerType.values();
    }

    public RiskTolerance[] getRiskTolerances() {
        return RiskTolerance.values();
    }

    public StreamedContent getCsv() {
        return export("csv", "text/csv; charset=UTF-8");
    }

    public StreamedContent getExcel() {
        return export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** The whole filtered list (up to the export limit), within the caller's scope, as the list shows it. */
    private StreamedContent export(String format, String contentType) {
        List<Customer> rows = search.page(state.filter(), scopes.current(), CustomerSort.NAME, false, 0, CustomerSearch.EXPORT_LIMIT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<TableExport.Column<Customer>> columns = CustomerExportColumns.of(messages, this::age);
        if ("csv".equals(format)) {
            TableExport.csv(out, columns, rows);
        } else {
            TableExport.xlsx(out, messages.get("customers.list.title"), columns, rows);
        }
        audit.record(AuditAction.EXPORT, CustomersModule.ID, "customer", null, format + " rows=" + rows.size());
        String name = "customers-" + LocalDate.now(TOKYO).format(DateTimeFormatter.BASIC_ISO_DATE) + "." + format;
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name(name).contentType(contentType).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}
