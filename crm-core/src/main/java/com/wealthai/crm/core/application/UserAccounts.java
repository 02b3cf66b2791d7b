package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.UserDirectory;
import com.wealthai.crm.core.domain.UserAccount;
import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Finding user accounts, and the demo and bootstrap users created at start-up. */
@ApplicationScoped
public class UserAccounts implements UserDirectory {

    /** The one password of every demo login (demo mode only, documented in the README). */
    public static final String DEMO_PASSWORD = "wealthai-demo";

    private static final Logger LOG = Logger.getLogger(UserAccounts.class.getName());

    @PersistenceContext(unitName = "crm-core")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    public Optional<UserAccount> byLogin(String login) {
        return em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login)
                .getResultStream().findFirst();
    }

    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    /** The scope each enabled account's requests get (as {@link CurrentAccess} builds it), by account id. */
    public List<AccessScope> enabledScopes() {
        Map<Long, List<Object[]>> rolesByAccount = em.createQuery("select u.id, u.login, r, u.salesRepId, u.branch"
                        + " from UserAccount u join u.roles r where u.enabled = true", Object[].class)
                .getResultStream().collect(Collectors.groupingBy(row -> (Long) row[0], TreeMap::new, Collectors.toList()));
        return rolesByAccount.values().stream().map(rows -> {
            Object[] first = rows.get(0);
            Set<Role> roles = rows.stream().map(row -> (Role) row[2]).collect(Collectors.toUnmodifiableSet());
            return new AccessScope((Long) first[0], (String) first[1], roles, (Long) first[3], (String) first[4]);
        }).toList();
    }

    @Override
    public Optional<String> loginOfSalesRep(long salesRepId) {
        return em.createNamedQuery(UserAccount.BY_SALES_REP, UserAccount.class)
                .setParameter("salesRepId", salesRepId)
                .getResultStream().findFirst().map(UserAccount::getLogin);
    }

    @Override
    @Transactional
    public void ensureDemoUser(String login, String displayName, Set<Role> roles, Long salesRepId, String branch) {
        if (!CrmSettings.demoMode()) {
            throw new IllegalStateException("Demo users exist in demo mode only");
        }
        if (byLogin(login).isPresent()) {
            return;
        }
        UserAccount user = new UserAccount(login, displayName, passwords.hash(DEMO_PASSWORD.toCharArray()), roles);
        user.setSalesRepId(salesRepId);
        user.setBranch(branch);
        em.persist(user);
    }

    /**
     * The first administrator. In demo mode it is {@code admin} with the demo password; otherwise its
     * password must come from {@code CRM_ADMIN_PASSWORD}, and without one nobody is created (and the
     * log says how to fix it): production never has a default password.
     */
    @Transactional
    public void ensureAdministrator() {
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        if (CrmSettings.demoMode()) {
            ensureDemoUser("admin", "管理者", Set.of(Role.ADMIN), null, null);
            return;
        }
        Optional<String> password = CrmSettings.get(CrmSettings.Key.CRM_ADMIN_PASSWORD);
        if (password.isEmpty() || password.get().length() < PasswordHashing.MIN_LENGTH) {
            LOG.severe("No users exist and CRM_ADMIN_PASSWORD is not set (at least " + PasswordHashing.MIN_LENGTH
                    + " characters): set it in the environment file and restart to create the 'admin' user.");
            return;
        }
        em.persist(new UserAccount("admin", "Administrator", passwords.hash(password.get().toCharArray()), Set.of(Role.ADMIN)));
        LOG.info("Created the administrator 'admin' with the password from CRM_ADMIN_PASSWORD");
    }
}
