package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.domain.SalesRep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The sales reps: the ones a caller may see (for filters and lists) and their upkeep by administrators. */
@ApplicationScoped
public class SalesReps {

    @PersistenceContext(unitName = "crm-customers")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    /** A rep's name or branch is part of every module's figures (by rep, by branch). */
    @Inject
    BookFigures figures;

    /** Reps within the caller's reach, by branch and code. */
    public List<SalesRep> visibleTo(AccessScope scope) {
        String condition = switch (scope.reach()) {
            case ALL -> "1 = 1";
            case BRANCH -> "r.branch = :branch";
            case OWN_BOOK -> "r.id = :rep";
            case NONE -> "1 = 0";
        };
        TypedQuery<SalesRep> query = em.createQuery("select r from SalesRep r where " + condition + " order by r.branch, r.repCode", SalesRep.class);
        switch (scope.reach()) {
            case BRANCH -> query.setParameter("branch", scope.branch());
            case OWN_BOOK -> query.setParameter("rep", scope.salesRepId());
            default -> {
            }
        }
        return query.getResultList();
    }

    public List<SalesRep> all() {
        return em.createQuery("select r from SalesRep r order by r.branch, r.repCode", SalesRep.class).getResultList();
    }

    public Optional<SalesRep> find(long id) {
        return Optional.ofNullable(em.find(SalesRep.class, id));
    }

    /** Saves a new rep or the changes to one (administrators only; the page and API check the role). */
    @Transactional
    public SalesRep save(SalesRep edited) {
        List<FieldError> errors = validator.validate(edited).stream()
                .map(v -> new FieldError(CustomerValidation.snakeCase(v.getPropertyPath().toString()), v.getMessage())).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean codeTaken = em.createQuery("select count(r) from SalesRep r where r.repCode = :code and r.id <> :id", Long.class)
                .setParameter("code", edited.getRepCode()).setParameter("id", edited.getId() == null ? -1L : edited.getId())
                .getSingleResult() > 0;
        if (codeTaken) {
            throw new ConflictException(messages.get("customers.rep.codeTaken", edited.getRepCode()));
        }
        edited.setUpdatedAt(OffsetDateTime.now());
        try {
            SalesRep saved = edited.getId() == null ? persist(edited) : em.merge(edited);
            em.flush();
            audit.record(edited.getId() == null ? AuditAction.CREATE : AuditAction.UPDATE, CustomersModule.ID, "sales_rep", saved.getId(), null);
            figures.changedEverywhere("");
            return saved;
        } catch (OptimisticLockException savedInBetween) {
            throw new StaleVersionException(messages.get("customers.stale"));
        }
    }

    private SalesRep persist(SalesRep rep) {
        em.persist(rep);
        return rep;
    }
}
