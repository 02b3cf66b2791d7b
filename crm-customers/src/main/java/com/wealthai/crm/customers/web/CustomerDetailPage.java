package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.api.CustomerContext;
import com.wealthai.crm.customers.api.CustomerSection;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.application.CustomerDirectoryBean;
import com.wealthai.crm.customers.application.CustomerSearch;
import com.wealthai.crm.customers.domain.Customer;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * One customer on one page: profile, suitability, contact, and the sections other modules add
 * (holdings, notes, AI). A customer outside the caller's scope answers 404, like one that does not
 * exist; every view is recorded in the audit trail.
 */
@Named("customerContext")
@ViewScoped
public class CustomerDetailPage implements CustomerContext, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerSearch search;

    @Inject
    AccessScopes scopes;

    @Inject
    AuditTrail audit;

    @Inject
    CustomerSections sections;

    private Long id;
    private Customer customer;
    private CustomerSummary summary;

    /** Loads the customer named by the {@code id} parameter, or answers 404. */
    public void load() throws IOException {
        customer = id == null ? null : search.find(id, scopes.current()).orElse(null);
        if (customer == null) {
            Faces.responseSendError(404, "customer not found");
            Faces.responseComplete();
            return;
        }
        summary = CustomerDirectoryBean.summary(customer);
        audit.viewed(CustomersModule.ID, "customer", id);
    }

    /** Sections of enabled modules the caller's roles allow, in their order. */
    public List<CustomerSection> getSections() {
        return sections.shownTo(scopes.current());
    }

    public boolean isMayReassign() {
        AccessScope scope = scopes.current();
        return scope.isAdmin() || scope.has(Role.MANAGER);
    }

    public Integer getAge() {
        return customer == null ? null : customer.ageOn(LocalDate.now(ZoneId.of("Asia/Tokyo")));
    }

    @Override
    public long getCustomerId() {
        return id == null ? 0 : id;
    }

    @Override
    public CustomerSummary getCustomer() {
        return summary;
    }

    /** The full record, for this module's own page. */
    public Customer getRecord() {
        return customer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
