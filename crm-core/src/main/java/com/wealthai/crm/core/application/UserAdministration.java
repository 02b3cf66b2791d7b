package com.wealthai.crm.core.application;

import java.time.OffsetDateTime;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.SalesRepDirectory;
import com.wealthai.crm.core.api.SalesRepDirectory.SalesRepRef;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.core.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What an administrator does to user accounts: create, change roles and rep link, reset a password,
 * lock and unlock. Each change is audited with the names of the fields changed, never their values.
 */
@ApplicationScoped
public class UserAdministration {

    @PersistenceContext(unitName = "crm-core")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    @Inject
    Clock clock;

    @Inject
    Instance<SalesRepDirectory> salesReps;

    /** The editable part of an account, as the form holds it. */
    public record UserForm(Long id, long version, String login, String displayName, Set<Role> roles,
                           Long salesRepId, String branch, boolean enabled) {
    }

    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.login", UserAccount.class).getResultList();
    }

    /** The reps users can be linked to; empty when no module provides reps. */
    public List<SalesRepRef> salesReps() {
        return salesReps.isResolvable() ? salesReps.get().all() : List.of();
    }

    @Transactional
    public UserAccount create(UserForm form, String initialPassword) {
        List<FieldError> errors = new ArrayList<>(check(form));
        String login = form.login() == null ? "" : form.login().trim().toLowerCase(Locale.ROOT);
        if (login.isEmpty() || !login.matches("[a-z0-9._-]{1,60}")) {
            errors.add(new FieldError("login", messages.get("core.user.login.pattern")));
        }
        passwordProblem(initialPassword, login).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", login).getResultList().isEmpty()) {
            throw new ConflictException(messages.get("core.user.login.taken", login));
        }
        UserAccount user = new UserAccount(login, form.displayName().trim(), passwords.hash(initialPassword.toCharArray()), form.roles());
        applyLinks(user, form);
        user.setEnabled(form.enabled());
        em.persist(user);
        em.flush();
        audit.record(AuditAction.USER_CREATED, "core", "user", user.getId(), "roles=" + form.roles());
        return user;
    }

    @Transactional
    public UserAccount update(UserForm form) {
        UserAccount user = find(form.id());
        if (user.getVersion() != form.version()) {
            throw new StaleVersionException(messages.get("core.error.stale"));
        }
        List<FieldError> errors = check(form);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<String> changed = new ArrayList<>();
        if (!user.getDisplayName().equals(form.displayName().trim())) {
            changed.add("display_name");
        }
        if (!user.getRoles().equals(form.roles())) {
            changed.add("roles");
        }
        if (!java.util.Objects.equals(user.getSalesRepId(), form.salesRepId())) {
            changed.add("sales_rep_id");
        }
        if (user.isEnabled() != form.enabled()) {
            changed.add("enabled");
        }
        user.setDisplayName(form.displayName().trim());
        user.setRoles(form.roles());
        applyLinks(user, form);
        if (!java.util.Objects.equals(user.getBranch(), blankToNull(form.branch())) && !changed.contains("branch")) {
            changed.add("branch");
        }
        user.setEnabled(form.enabled());
        user.touch(OffsetDateTime.now(clock));
        audit.record(AuditAction.USER_UPDATED, "core", "user", user.getId(), "changed=" + changed);
        return user;
    }

    @Transactional
    public void resetPassword(long userId, String newPassword) {
        UserAccount user = find(userId);
        passwordProblem(newPassword, user.getLogin()).ifPresent(e -> {
            throw new InvalidInputException(List.of(e));
        });
        user.changePasswordHash(passwords.hash(newPassword.toCharArray()), OffsetDateTime.now(clock));
        audit.record(AuditAction.PASSWORD_RESET, "core", "user", userId, null);
    }

    @Transactional
    public void unlock(long userId) {
        find(userId).unlock(OffsetDateTime.now(clock));
        audit.record(AuditAction.ACCOUNT_UNLOCKED, "core", "user", userId, null);
    }

    @Transactional
    public void lock(long userId, String actor) {
        UserAccount user = find(userId);
        if (user.getLogin().equals(actor)) {
            throw new ConflictException(messages.get("core.user.lock.self"));
        }
        user.lockIndefinitely(OffsetDateTime.now(clock));
        audit.record(AuditAction.ACCOUNT_LOCKED, "core", "user", userId, "locked by an administrator");
    }

    private UserAccount find(Long id) {
        UserAccount user = id == null ? null : em.find(UserAccount.class, id);
        if (user == null) {
            throw new RecordNotFoundException(messages.get("core.user.notFound"));
        }
        return user;
    }

    private List<FieldError> check(UserForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.displayName() == null || form.displayName().isBlank() || form.displayName().trim().length() > 100) {
            errors.add(new FieldError("displayName", messages.get("core.user.displayName.required")));
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            errors.add(new FieldError("roles", messages.get("core.user.roles.required")));
        } else {
            if (form.roles().contains(Role.REP) && form.salesRepId() == null) {
                errors.add(new FieldError("salesRepId", messages.get("core.user.rep.required")));
            }
            if (form.roles().contains(Role.MANAGER) && blankToNull(form.branch()) == null
                    && (form.salesRepId() == null || rep(form.salesRepId()).isEmpty())) {
                errors.add(new FieldError("branch", messages.get("core.user.branch.required")));
            }
        }
        if (form.salesRepId() != null && salesReps.isResolvable() && rep(form.salesRepId()).isEmpty()) {
            errors.add(new FieldError("salesRepId", messages.get("core.user.rep.unknown")));
        }
        return errors;
    }

    /** A rep's branch comes from the rep; a manager without a rep link names the branch. */
    private void applyLinks(UserAccount user, UserForm form) {
        user.setSalesRepId(form.salesRepId());
        String branch = blankToNull(form.branch());
        if (branch == null && form.salesRepId() != null) {
            branch = rep(form.salesRepId()).map(SalesRepRef::branch).orElse(null);
        }
        user.setBranch(branch);
    }

    private Optional<SalesRepRef> rep(long id) {
        return salesReps.isResolvable() ? salesReps.get().byId(id) : Optional.empty();
    }

    private Optional<FieldError> passwordProblem(String password, String login) {
        if (password == null || password.length() < PasswordHashing.MIN_LENGTH) {
            return Optional.of(new FieldError("password", messages.get("core.user.password.short", PasswordHashing.MIN_LENGTH)));
        }
        if (password.toLowerCase(Locale.ROOT).contains(login)) {
            return Optional.of(new FieldError("password", messages.get("core.user.password.containsLogin")));
        }
        return Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
