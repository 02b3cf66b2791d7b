package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.infrastructure.db.ModuleMigrations;
import com.wealthai.crm.holdings.HoldingsModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A real PostgreSQL with the holdings schema, and the module's own persistence unit run outside the
 * server (resource-local transactions instead of JTA), for tests of the application layer.
 */
final class HoldingsDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final EntityManagerFactory emf;

    HoldingsDatabase() throws Exception {
        this(List.of());
    }

    /** With the schemas of the given modules too, migrated before holdings' (benchmarks that need the customers table). */
    HoldingsDatabase(List<com.wealthai.crm.core.api.CrmModule> before) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        List<com.wealthai.crm.core.api.CrmModule> modules = new java.util.ArrayList<>(before);
        modules.add(new HoldingsModule());
        ModuleMigrations.migrate(postgres.getPostgresDatabase(), modules);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", postgres.getPostgresDatabase());
        // Bean Validation runs in the server; outside it there is no provider, and the database checks anyway.
        properties.put("jakarta.persistence.validation.mode", "NONE");
        emf = Persistence.createEntityManagerFactory("crm-holdings", properties);
    }

    /** A database with the demo product master and the demo customers' book as of {@code today}. */
    static HoldingsDatabase withDemoBook(java.time.LocalDate today) throws Exception {
        HoldingsDatabase db = new HoldingsDatabase();
        db.run(em -> {
            HoldingsDemoData demo = new HoldingsDemoData();
            demo.em = em;
            demo.load(); // without a customer directory: the product master alone
            new DemoBook(em, englishMessages()).load(DemoCustomers.all(), today);
        });
        return db;
    }

    /** Runs the work in one transaction, committed when it returns normally and rolled back when it throws. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** The module's English bundle, as the server would resolve it for an English-speaking user. */
    static CrmMessages englishMessages() {
        ResourceBundle bundle = ResourceBundle.getBundle("com.wealthai.crm.holdings.messages", Locale.ENGLISH);
        return new CrmMessages() {
            @Override
            public String get(String key, Object... args) {
                return get(Locale.ENGLISH, key, args);
            }

            @Override
            public String get(Locale locale, String key, Object... args) {
                return new MessageFormat(bundle.getString(key), locale).format(args);
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
    }

    /** Runs a statement outside any transaction (vacuum cannot run inside one). */
    void execute(String sql) {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws java.io.IOException {
        emf.close();
        postgres.close();
    }
}
