package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.infrastructure.db.ModuleMigrations;
import com.wealthai.crm.notes.NotesModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The notes schema on a real (embedded) PostgreSQL, migrated by the core's migration runner, with
 * the notes services wired as the container would wire them: the real JPA provider for writes,
 * plain JDBC for reads, the stand-in customers directory for scope, and a clock the test sets.
 */
public final class NotesDatabase implements AutoCloseable {

    public static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    public static final AccessScope SATO = new AccessScope(2, "r001", Set.of(Role.REP), BookOfCustomers.REP_SATO, "本店");
    public static final AccessScope SUZUKI = new AccessScope(3, "r002", Set.of(Role.REP), BookOfCustomers.REP_SUZUKI, "本店");
    public static final AccessScope MANAGER = new AccessScope(4, "manager", Set.of(Role.MANAGER), null, "本店");

    public final EmbeddedPostgres postgres;
    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final List<String> audit = new ArrayList<>();
    public Clock clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);
    public final BookOfCustomers customers = new BookOfCustomers();

    public NotesDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataSource = postgres.getPostgresDatabase();
        ModuleMigrations.migrate(dataSource, List.of(new NotesModule()));
        emf = Persistence.createEntityManagerFactory("crm-notes-test", Map.of(
                "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "jakarta.persistence.jdbc.user", "postgres",
                "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
    }

    /** Messages come back as their key and arguments, so tests can say which rule spoke. */
    public static final CrmMessages KEYS = new CrmMessages() {
        @Override
        public String get(String key, Object... args) {
            return args.length == 0 ? key : key + Arrays.toString(args);
        }

        @Override
        public String get(Locale locale, String key, Object... args) {
            return get(key, args);
        }

        @Override
        public Locale locale() {
            return Locale.JAPANESE;
        }
    };

    public NoteQueries queries() {
        NoteQueries queries = new NoteQueries();
        queries.dataSource = dataSource;
        queries.customers = customers;
        return queries;
    }

    /** Runs a write of the notes service in its own transaction, as the container's interceptor would. */
    public <T> T write(java.util.function.Function<SalesNotes, T> work) {
        EntityManager em = emf.createEntityManager();
        SalesNotes notes = salesNotes(em);
        try {
            em.getTransaction().begin();
            T result = work.apply(notes);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public SalesNotes salesNotes(EntityManager em) {
        SalesNotes notes = new SalesNotes();
        notes.em = em;
        notes.customers = customers;
        notes.messages = KEYS;
        notes.clock = clock;
        notes.figures = com.wealthai.crm.core.api.BookFigures.none();
        notes.audit = (AuditAction action, String module, String type, Object id, String detail) ->
                audit.add(action + " " + type + " " + id + " " + detail);
        return notes;
    }

    public void execute(String sql) {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        emf.close();
        postgres.close();
    }
}
