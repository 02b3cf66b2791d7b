package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.InvestmentExperience;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.application.CustomerSearch;
import com.wealthai.crm.customers.application.Customers;
import com.wealthai.crm.customers.application.PossibleDuplicate;
import com.wealthai.crm.customers.application.SalesReps;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.Gender;
import com.wealthai.crm.customers.domain.SalesRep;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Creating and editing a customer. The form works on a detached copy; saving hands it to the service
 * with the version it was loaded at, so that a concurrent change is refused and the user's input
 * stays on the form. A possible duplicate is shown first and saved only when the user confirms.
 */
@Named
@ViewScoped
public class CustomerFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Form component ids by API field name, to put each message next to its field. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("customer_code", "customerCode"), Map.entry("customer_type", "type"), Map.entry("name", "name"),
            Map.entry("name_kana", "nameKana"), Map.entry("representative_name", "representativeName"),
            Map.entry("established_date", "establishedDate"), Map.entry("birth_date", "birthDate"), Map.entry("gender", "gender"),
            Map.entry("phone", "phone"), Map.entry("email", "email"), Map.entry("address", "address"),
            Map.entry("occupation", "occupation"), Map.entry("annual_income", "annualIncome"), Map.entry("net_worth", "netWorth"),
            Map.entry("risk_tolerance", "riskTolerance"), Map.entry("investment_experience", "investmentExperience"),
            Map.entry("sales_rep_id", "salesRep"));

    @Inject
    Customers customers;

    @Inject
    CustomerSearch search;

    @Inject
    SalesReps salesReps;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    private Long id;
    private Customer customer;
    private long loadedVersion;
    private Long salesRepId;
    private List<PossibleDuplicate> duplicates = List.of();
    private boolean duplicatesConfirmed;

    public void load() throws IOException {
        if (customer != null) {
            return;
        }
        AccessScope scope = scopes.current();
        if (id == null) {
            customer = new Customer();
            customer.setType(CustomerType.INDIVIDUAL);
            salesRepId = scope.salesRepId();
            return;
        }
        customer = search.find(id, scope).orElse(null);
        if (customer == null) {
            Faces.responseSendError(404, "customer not found");
            Faces.responseComplete();
            return;
        }
        loadedVersion = customer.getVersion();
        salesRepId = customer.getSalesRep().getId();
    }

    public String save() {
        AccessScope scope = scopes.current();
        if (!duplicatesConfirmed) {
            duplicates = customers.possibleDuplicates(customer, scope);
            if (!duplicates.isEmpty()) {
                duplicatesConfirmed = true;
                return null;
            }
        }
        try {
            Customer saved = id == null ? customers.create(customer, salesRepId, scope)
                    : customers.update(id, loadedVersion, customer, salesRepId, scope);
            Messages.addFlashGlobalInfo(messages.get("customers.form.saved"));
            return "/customers/detail.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                Messages.addError("customerForm:" + INPUTS.getOrDefault(error.field(), "name"), error.message());
            }
        } catch (StaleVersionException | ConflictException | RecordNotFoundException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        return null;
    }

    /** Typing into the form after a duplicate warning asks again on the next save. */
    public void changed() {
        duplicatesConfirmed = false;
        duplicates = List.of();
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isMayReassign() {
        AccessScope scope = scopes.current();
        return scope.isAdmin() || scope.has(Role.MANAGER);
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

    public InvestmentExperience[] getExperiences() {
        return InvestmentExperience.values();
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public Customer getCustomer() {
        return customer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(Long salesRepId) {
        this.salesRepId = salesRepId;
    }

    public List<PossibleDuplicate> getDuplicates() {
        return duplicates;
    }
}
