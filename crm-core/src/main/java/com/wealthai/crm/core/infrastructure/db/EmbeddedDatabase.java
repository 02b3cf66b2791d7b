package com.wealthai.crm.core.infrastructure.db;

import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PostgreSQL the app runs itself when no {@code DB_HOST} is configured: a real server from
 * Maven Central (zonky), with its data under {@code <data dir>/pg} so that it survives restarts.
 *
 * <p>One per JVM. It is started on first need (the start-up sequence or the first connection) and
 * stopped when the application is undeployed or the JVM ends.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static final String DATABASE = "wealthai";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Starts the server if it is not running, and returns its port. */
    public static synchronized int ensureStarted() {
        if (server == null) {
            server = start(CrmSettings.dataDir());
        }
        return server.getPort();
    }

    public static String databaseName() {
        return DATABASE;
    }

    public static String user() {
        return "postgres";
    }

    public static synchronized boolean running() {
        return server != null;
    }

    /** Stops the server; the data stays on disk. */
    public static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }

    private static EmbeddedPostgres start(Path dataDir) {
        Path pgData = dataDir.resolve("pg");
        try {
            Files.createDirectories(dataDir);
            StalePostmaster.stopIfLeftOver(pgData);
            long started = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(dataDir.resolve("pg-runtime").toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "120")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            createDatabaseIfMissing(pg);
            LOG.info(() -> String.format("Embedded PostgreSQL ready on port %d with data in %s (%d ms)",
                    pg.getPort(), pgData, (System.nanoTime() - started) / 1_000_000));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
        try (var connection = pg.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }
}
