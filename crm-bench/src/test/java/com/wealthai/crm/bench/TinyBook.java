package com.wealthai.crm.bench;

import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL with databases generated at a tiny scale, for tests: the generator's code path
 * is the full-size one, only the counts are small.
 */
final class TinyBook implements AutoCloseable {

    /** A fixed test key, so that the test can read what the generator encrypted; never a real key. */
    static final String TEST_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String TEST_KEY_ID = "bench-test";
    static final BenchScale SCALE = new BenchScale(2, 4, 40, 120, 400, 60, 12, 30);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

    private final EmbeddedPostgres postgres;

    TinyBook() {
        System.setProperty("crm.data.key", TEST_KEY);
        System.setProperty("crm.data.key.id", TEST_KEY_ID);
        FieldEncryption.reset();
        try {
            postgres = EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database of that name. */
    DataSource database(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8'");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {postgres.getPort()});
        dataSource.setDatabaseName(name);
        dataSource.setUser("postgres");
        // the real schema: the modules' own migrations, as the app runs them at start-up
        AppSchema.migrate(dataSource);
        return dataSource;
    }

    GenerationReport generate(DataSource dataSource, long seed, Path usersFile, boolean replace) throws SQLException {
        return new DataGenerator(dataSource, SCALE, seed, AS_OF, usersFile).run(replace);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        System.clearProperty("crm.data.key");
        System.clearProperty("crm.data.key.id");
        FieldEncryption.reset();
    }
}
