package com.wealthai.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.AiModule;
import com.wealthai.crm.core.CoreModule;
import com.wealthai.crm.core.infrastructure.crypto.DataKeyRing;
import com.wealthai.crm.core.infrastructure.crypto.FieldCipher;
import com.wealthai.crm.core.infrastructure.db.ModuleMigrations;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.notes.NotesModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/backup.sh and deploy/restore.sh, run as an operator would, on a real PostgreSQL holding the
 * schema of every module: back up, wipe everything the application's role owns, restore, and find
 * every row of every table back (compared by a digest of each table), the sequences where they were,
 * and the encrypted personal fields still readable with the data key.
 *
 * <p>The server is the zonky embedded PostgreSQL of the major version of Debian's pg_dump (bookworm:
 * 15): pg_dump cannot dump a newer server, so the app's own embedded 17 is out of reach, and a Debian
 * host that sets DB_HOST runs exactly this pairing. Like production, the database belongs to a role
 * that is not a superuser.
 */
class BackupRestoreTest {

    private static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target", "backup-restore").toAbsolutePath();
    private static final String ROLE = "wealthai_user";
    private static final String DATABASE = "wealthai";
    private static final String PASSWORD = "backup-test-password";
    private static final String DATA_KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'k');

    private static EmbeddedPostgres postgres;
    private static DataSource app;

    @BeforeAll
    static void startPostgres() throws Exception {
        requireTools();
        Path binaries = Path.of(System.getProperty("backup.test.postgres", "target/backup-test-postgres.jar"));
        if (!Files.isRegularFile(binaries)) {
            throw new IllegalStateException(binaries + " not found: run through Maven (the build copies the PostgreSQL binaries)");
        }
        Files.createDirectories(WORK);
        postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver((system, arch) -> binaryArchive(binaries))
                .setDataDirectory(WORK.resolve("pg"))
                .setCleanDataDirectory(true)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + ROLE + " login password '" + PASSWORD + "'");
            s.execute("create database " + DATABASE + " owner " + ROLE);
        }
        app = postgres.getDatabase(ROLE, DATABASE);
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aBackupRestoresEveryRowOfEveryTableAfterTheDatabaseWasWiped() throws Exception {
        ModuleMigrations.migrate(app, List.of(new CoreModule(), new CustomersModule(), new HoldingsModule(), new NotesModule(), new AiModule()));
        FieldCipher cipher = cipherWithTestKey();
        SampleBook.write(app, cipher);
        SortedMap<String, String> before = snapshot();
        assertThat(before).containsKeys("customers", "holdings", "sales_notes", "audit_event", "ai_message", "flyway_history_core");
        assertThat(before.get("customers")).startsWith("2 rows");

        Path backups = WORK.resolve("backups");
        if (Files.isDirectory(backups)) {
            try (var earlier = Files.list(backups)) {
                for (Path file : earlier.toList()) {
                    Files.delete(file); // dumps of an earlier run
                }
            }
        }
        Files.createDirectories(backups);
        Path stale = backups.resolve("wealthai-20000101T000000Z.dump");
        Files.writeString(stale, "an old dump past the retention");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(30, ChronoUnit.DAYS)));

        Script.Result backup = Script.run(DEPLOY.resolve("backup.sh"), env(backups));
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("backup: " + backups + "/wealthai-").contains("backup: removed " + stale);
        List<Path> dumps;
        try (var files = Files.list(backups)) {
            dumps = files.filter(f -> f.getFileName().toString().endsWith(".dump")).toList();
        }
        assertThat(dumps).hasSize(1);

        wipe();
        assertThat(snapshot()).isEmpty();

        Script.Result restore = Script.run(DEPLOY.resolve("restore.sh"), env(backups), dumps.get(0).toString());
        assertThat(restore.exit()).as(restore.output()).isZero();

        assertThat(snapshot()).isEqualTo(before);
        try (Connection c = app.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select phone, email, address, birth_date, annual_income, net_worth from customers where customer_code = 'C9001'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("phone")).startsWith("v1:backup-test:");
            assertThat(cipher.decrypt(rs.getString("phone"))).isEqualTo("090-1234-5678");
            assertThat(cipher.decrypt(rs.getString("email"))).isEqualTo("hanako@example.jp");
            assertThat(cipher.decrypt(rs.getString("address"))).isEqualTo("東京都千代田区丸の内1-1-1");
            assertThat(cipher.decrypt(rs.getString("birth_date"))).isEqualTo("1960-04-01");
            assertThat(cipher.decrypt(rs.getString("annual_income"))).isEqualTo("12000000");
            assertThat(cipher.decrypt(rs.getString("net_worth"))).isEqualTo("250000000");
        }
        // The application goes on where it stopped: ids continue after the restored rows.
        try (Connection c = app.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("insert into products (product_code, name, category, risk_level) values ('P-AFTER', '復元後の商品', 'FUND', 2) returning id")) {
            rs.next();
            assertThat(rs.getLong(1)).isGreaterThan(SampleBook.PRODUCTS);
        }
    }

    private static FieldCipher cipherWithTestKey() {
        System.setProperty("CRM_DATA_KEY", DATA_KEY);
        System.setProperty("CRM_DATA_KEY_ID", "backup-test");
        try {
            return new FieldCipher(DataKeyRing.fromSettings());
        } finally {
            System.clearProperty("CRM_DATA_KEY");
            System.clearProperty("CRM_DATA_KEY_ID");
        }
    }

    /** The worst an operator meets short of losing the server: every object of the app's role gone. */
    private static void wipe() throws SQLException {
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop owned by " + ROLE + " cascade");
        }
    }

    /**
     * Each table of the schema: its row count and an MD5 of all its rows in a fixed order; each
     * sequence: its last value. Equal snapshots mean the same rows, to the byte of their text form.
     */
    private static SortedMap<String, String> snapshot() throws SQLException {
        SortedMap<String, String> snapshot = new TreeMap<>();
        try (Connection c = app.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = names(s, "select tablename from pg_tables where schemaname = 'public'");
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from public.\""
                        + table + "\" t")) {
                    rs.next();
                    snapshot.put(table, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
            for (String sequence : names(s, "select sequencename from pg_sequences where schemaname = 'public'")) {
                try (ResultSet rs = s.executeQuery("select last_value from public.\"" + sequence + "\"")) {
                    rs.next();
                    snapshot.put("sequence " + sequence, rs.getString(1));
                }
            }
        }
        return snapshot;
    }

    private static List<String> names(Statement s, String query) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The variables of /etc/wealthai-crm/crm.env that the scripts read. */
    private static Map<String, String> env(Path backups) {
        return Map.of("DB_HOST", "127.0.0.1", "DB_PORT", String.valueOf(postgres.getPort()), "DB_NAME", DATABASE, "DB_USER", ROLE,
                "DB_PASSWORD", PASSWORD, "BACKUP_DIR", backups.toString(), "BACKUP_KEEP_DAYS", "14");
    }

    private static InputStream binaryArchive(Path jar) throws IOException {
        JarFile file = new JarFile(jar.toFile());
        var entry = file.getJarEntry("postgres-linux-x86_64.txz");
        if (entry == null) {
            file.close();
            throw new IOException(jar + " holds no postgres-linux-x86_64.txz");
        }
        return new java.io.FilterInputStream(file.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                super.close();
                file.close();
            }
        };
    }

    /** Debian's PostgreSQL client (postgresql-client); CI installs it, elsewhere the test is skipped without it. */
    private static void requireTools() {
        boolean available = Files.isExecutable(Path.of("/usr/bin/pg_dump")) && Files.isExecutable(Path.of("/usr/bin/pg_restore"));
        boolean amd64 = "amd64".equals(System.getProperty("os.arch")) || "x86_64".equals(System.getProperty("os.arch"));
        if (!available || !amd64 || !System.getProperty("os.name").startsWith("Linux")) {
            String why = "the backup round trip needs Linux x86-64 with pg_dump/pg_restore (apt-get install postgresql-client)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why + ": it must run in CI");
            }
            Assumptions.abort("skipped: " + why);
        }
    }
}
