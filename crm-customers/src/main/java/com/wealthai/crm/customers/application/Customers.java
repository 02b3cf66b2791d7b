package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.BlindIndex;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.domain.Customer;
import com.wealthai.crm.customers.domain.SalesRep;
import com.wealthai.crm.customers.domain.SearchFolding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates and changes customers within the caller's scope. Input is validated by Bean Validation on
 * the entity before anything is written; a change made on a stale version is refused (the caller
 * keeps their input and decides); only managers and administrators move a customer to another rep.
 */
@ApplicationScoped
public class Customers {

    /** The prefix of this module's {@link BookFigures}. */
    public static final String FIGURES = CustomersModule.ID + ".";

    @PersistenceContext(unitName = "crm-customers")
    EntityManager em;

    @Inject
    CustomerSearch search;

    @Inject
    SalesReps salesReps;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    @Inject
    CustomerValidation validation;

    /**
     * Forgotten entirely on every customer saved, other modules' figures too: a new risk tolerance
     * changes the suitability alerts, a new rep moves holdings and notes between books; customers
     * are saved rarely next to how often a dashboard is viewed.
     */
    @Inject
    BookFigures figures;

    /** Saves a new customer; a REP's customer goes to their own book whatever rep was asked for. */
    @Transactional
    public Customer create(Customer customer, Long salesRepId, AccessScope scope) {
        SalesRep rep = assignableRep(scope.has(Role.REP) && !scope.has(Role.MANAGER) && !scope.isAdmin()
                ? scope.salesRepId() : salesRepId, scope);
        customer.setSalesRep(rep);
        validation.check(customer);
        refuseTakenCode(customer.getCustomerCode(), null);
        OffsetDateTime now = OffsetDateTime.now();
        customer.setCreatedBy(scope.login());
        customer.setUpdatedBy(scope.login());
        customer.setUpdatedAt(now);
        em.persist(customer);
        em.flush();
        audit.record(AuditAction.CREATE, CustomersModule.ID, "customer", customer.getId(), null);
        figures.changedEverywhere("");
        return customer;
    }

    /**
     * Applies the edited fields to the stored customer if nobody changed it since {@code expectedVersion}.
     *
     * @throws StaleVersionException when someone else saved in between
     */
    @Transactional
    public Customer update(long id, long expectedVersion, Customer edited, Long salesRepId, AccessScope scope) {
        Customer stored = search.find(id, scope)
                .orElseThrow(() -> new RecordNotFoundException(messages.get("customers.notFound")));
        if (stored.getVersion() != expectedVersion) {
            throw new StaleVersionException(messages.get("customers.stale"));
        }
        List<String> changed = CustomerFields.copy(edited, stored);
        if (salesRepId != null && !Objects.equals(salesRepId, stored.getSalesRep().getId())) {
            if (!scope.isAdmin() && !scope.has(Role.MANAGER)) {
                throw new InvalidInputException("sales_rep_id", messages.get("customers.reassign.forbidden"));
            }
            stored.setSalesRep(assignableRep(salesRepId, scope));
            changed.add("sales_rep_id");
        }
        validation.check(stored);
        refuseTakenCode(stored.getCustomerCode(), stored.getId());
        stored.setUpdatedBy(scope.login());
        stored.setUpdatedAt(OffsetDateTime.now());
        try {
            em.flush();
        } catch (OptimisticLockException savedInBetween) {
            throw new StaleVersionException(messages.get("customers.stale"));
        }
        audit.record(AuditAction.UPDATE, CustomersModule.ID, "customer", id, String.join(",", changed));
        figures.changedEverywhere("");
        return stored;
    }

    /** Customers who may be the same person or company: same name and birth date, or same phone. */
    public List<PossibleDuplicate> possibleDuplicates(Customer candidate, AccessScope scope) {
        List<PossibleDuplicate> found = new ArrayList<>();
        if (candidate.getName() != null && candidate.getBirthDate() != null) {
            em.createQuery("select c from Customer c join fetch c.salesRep where c.name = :name", Customer.class)
                    .setParameter("name", candidate.getName().trim()).getResultStream()
                    .filter(c -> !c.getId().equals(candidate.getId()) && candidate.getBirthDate().equals(c.getBirthDate()))
                    .forEach(c -> found.add(duplicate(c, "NAME_AND_BIRTH_DATE", scope)));
        }
        String phoneIndex = BlindIndex.of(SearchFolding.phoneDigits(candidate.getPhone()));
        if (phoneIndex != null) {
            em.createQuery("select c from Customer c join fetch c.salesRep where c.phoneIndex = :phone", Customer.class)
                    .setParameter("phone", phoneIndex).getResultStream()
                    .filter(c -> !c.getId().equals(candidate.getId()))
                    .filter(c -> found.stream().noneMatch(d -> c.getId().equals(d.id())))
                    .forEach(c -> found.add(duplicate(c, "PHONE", scope)));
        }
        return found;
    }

    private static PossibleDuplicate duplicate(Customer c, String reason, AccessScope scope) {
        boolean visible = ScopeCondition.covers(scope, c.getSalesRep().getId(), c.getSalesRep().getBranch());
        return visible ? new PossibleDuplicate(c.getId(), c.getCustomerCode(), c.getName(), reason)
                : new PossibleDuplicate(null, null, null, reason);
    }

    private SalesRep assignableRep(Long salesRepId, AccessScope scope) {
        if (salesRepId == null) {
            throw new InvalidInputException("sales_rep_id", messages.get("customers.validation.required"));
        }
        SalesRep rep = em.find(SalesRep.class, salesRepId);
        if (rep == null || !ScopeCondition.covers(scope, rep.getId(), rep.getBranch())) {
            throw new InvalidInputException("sales_rep_id", messages.get("customers.rep.unknown"));
        }
        return rep;
    }

    private void refuseTakenCode(String code, Long exceptId) {
        boolean taken = em.createQuery("select count(c) from Customer c where c.customerCode = :code and c.id <> :id", Long.class)
                .setParameter("code", code).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
        if (taken) {
            throw new ConflictException(messages.get("customers.code.taken", code));
        }
    }
}
