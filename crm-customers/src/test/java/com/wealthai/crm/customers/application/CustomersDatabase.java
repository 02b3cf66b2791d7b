package com.wealthai.crm.customers.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.UserDirectory;
import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import com.wealthai.crm.core.infrastructure.db.ModuleMigrations;
import com.wealthai.crm.customers.CustomersModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.text.MessageFormat;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The customers schema on a real (embedded) PostgreSQL with the demo book loaded, and the module's own
 * persistence unit run outside the server (resource-local transactions instead of JTA), with a fixed
 * test key for the encrypted columns. Demo ids follow the codes: rep R001 is 1, customer C0001 is 1.
 */
final class CustomersDatabase implements BeforeAllCallback, AfterAllCallback {

    static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    /** 佐藤 健一 (R001, 本店営業部): C0001–C0003. */
    static final AccessScope SATO = new AccessScope(2, "r001", Set.of(Role.REP), 1L, CustomersDemoData.FIRST_BRANCH);
    /** 鈴木 美咲 (R002, 本店営業部): C0004, C0005. */
    static final AccessScope SUZUKI = new AccessScope(3, "r002", Set.of(Role.REP), 2L, CustomersDemoData.FIRST_BRANCH);
    static final AccessScope MANAGER = new AccessScope(4, "manager", Set.of(Role.MANAGER), null, CustomersDemoData.FIRST_BRANCH);
    static final AccessScope NOBODY = new AccessScope(5, "viewer", Set.of(Role.REP), null, null);

    private EmbeddedPostgres postgres;
    private EntityManagerFactory emf;

    /** Started before a test class's tests ({@code @RegisterExtension static}), stopped after them. */
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        System.setProperty("CRM_DATA_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        FieldEncryption.reset();
        postgres = EmbeddedPostgres.builder().start();
        ModuleMigrations.migrate(postgres.getPostgresDatabase(), List.of(new CustomersModule()));
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", postgres.getPostgresDatabase());
        // Bean Validation runs in the server; outside it there is no provider, and the database checks anyway.
        properties.put("jakarta.persistence.validation.mode", "NONE");
        emf = Persistence.createEntityManagerFactory("crm-customers", properties);
        run(em -> {
            CustomersDemoData demo = new CustomersDemoData();
            demo.em = em;
            demo.users = NO_USERS;
            demo.load();
        });
    }

    /** Runs the work in one transaction, committed when it returns normally. */
    void run(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** The search service over a fresh entity manager, as the container would inject it. */
    CustomerSearch search(EntityManager em) {
        CustomerSearch search = new CustomerSearch();
        search.em = em;
        return search;
    }

    CustomerFigures figures(EntityManager em) {
        CustomerFigures figures = new CustomerFigures();
        figures.em = em;
        return figures;
    }

    void execute(String sql) {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The module's bundles, as the server resolves them. */
    static final CrmMessages MESSAGES = new CrmMessages() {
        @Override
        public String get(String key, Object... args) {
            return get(Locale.JAPANESE, key, args);
        }

        @Override
        public String get(Locale locale, String key, Object... args) {
            ResourceBundle bundle = ResourceBundle.getBundle("com.wealthai.crm.customers.messages", locale);
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }

        @Override
        public Locale locale() {
            return Locale.JAPANESE;
        }
    };

    private static final UserDirectory NO_USERS = new UserDirectory() {
        @Override
        public void ensureDemoUser(String login, String displayName, Set<Role> roles, Long salesRepId, String branch) {
        }

        @Override
        public Optional<String> loginOfSalesRep(long salesRepId) {
            return Optional.empty();
        }
    };

    @Override
    public void afterAll(ExtensionContext context) {
        emf.close();
        try {
            postgres.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FieldEncryption.reset();
    }
}
