package com.wealthai.crm.bench;

import com.wealthai.crm.bench.copy.SecondaryIndexes;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.tables.Customers;
import com.wealthai.crm.bench.tables.FxRates;
import com.wealthai.crm.bench.tables.Holdings;
import com.wealthai.crm.bench.tables.Market;
import com.wealthai.crm.bench.tables.ProductPrices;
import com.wealthai.crm.bench.tables.Products;
import com.wealthai.crm.bench.tables.Transactions;
import com.wealthai.crm.bench.tables.SalesNotes;
import com.wealthai.crm.bench.tables.SalesReps;
import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import com.wealthai.crm.core.infrastructure.db.CrmDataSource;
import com.wealthai.crm.core.infrastructure.db.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Fills the configured database with a reproducible book at benchmark scale: reps, branches and
 * their logins, customers (personal fields encrypted with the app's data key), products with a year
 * of prices, holdings, trades and sales notes.
 *
 * <p>The schema comes from the modules' own migrations; the rows go in by COPY, in one transaction
 * (a failed run leaves nothing behind), then identities are moved past the generated ids and the
 * tables analysed. The same seed gives the same data (encrypted values differ, since every
 * encryption draws a fresh nonce, but decrypt to the same text).
 *
 * <pre>
 * mvn -pl crm-bench exec:java -Dbench.seed=42 -Dbench.scale=1.0 [-Dbench.replace=true]
 * </pre>
 */
public final class DataGenerator {

    private static final Logger LOG = Logger.getLogger(DataGenerator.class.getName());

    private final DataSource dataSource;
    private final BenchScale scale;
    private final long seed;
    private final LocalDate asOf;
    private final Path usersFile;
    private boolean trackQueries;

    public DataGenerator(DataSource dataSource, BenchScale scale, long seed, LocalDate asOf, Path usersFile) {
        this.dataSource = dataSource;
        this.scale = scale;
        this.seed = seed;
        this.asOf = asOf;
        this.usersFile = usersFile;
    }

    public static void main(String[] args) throws SQLException {
        BenchScale scale = BenchScale.fromSystemProperties();
        long seed = Long.parseLong(System.getProperty("bench.seed", "42"));
        LocalDate asOf = System.getProperty("bench.as.of") == null ? LocalDate.now(GenerationContext.TOKYO)
                : LocalDate.parse(System.getProperty("bench.as.of"));
        Path usersFile = Path.of(System.getProperty("bench.users.file", CrmSettings.dataDir().resolve("bench-users.csv").toString()));
        boolean replace = Boolean.parseBoolean(System.getProperty("bench.replace", "false"));
        System.out.printf("Generating %s with seed %d into %s%n", scale, seed,
                CrmSettings.embeddedDatabase() ? "the embedded PostgreSQL in " + CrmSettings.dataDir() : "DB_HOST " + CrmSettings.get(CrmSettings.Key.DB_HOST).orElseThrow());
        try {
            GenerationReport report = new DataGenerator(new CrmDataSource(), scale, seed, asOf, usersFile)
                    .trackingQueries(Boolean.getBoolean("bench.track.queries"))
                    .run(replace);
            System.out.print(report.asTable());
            System.out.printf("Logins r001…, m01…, %s with the password '%s'; API tokens in %s%n",
                    BenchUsers.ADMIN_LOGIN, BenchUsers.PASSWORD, usersFile.toAbsolutePath());
        } finally {
            EmbeddedDatabase.stop();
        }
    }

    /** Also turns on pg_stat_statements (from the database's next start) for {@link HotQueries}; needs a superuser. */
    public DataGenerator trackingQueries(boolean track) {
        this.trackQueries = track;
        return this;
    }

    public GenerationReport run(boolean replace) throws SQLException {
        long started = System.nanoTime();
        GenerationReport report = new GenerationReport();
        AppSchema.migrate(dataSource);
        BenchUsers users = new BenchUsers(usersFile);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                prepare(connection, replace);
                try (var settings = connection.createStatement()) {
                    // index builds after the COPYs sort in memory rather than on disk
                    settings.execute("set local maintenance_work_mem = '256MB'");
                }
                GenerationContext context = new GenerationContext(connection, new BookLayout(scale), new Seeds(seed), asOf);
                for (TableWriter writer : writers(users)) {
                    var table = TableShape.find(connection, writer.tableNames());
                    if (table.isEmpty()) {
                        LOG.warning(() -> "No table " + String.join(" or ", writer.tableNames()) + ": its module is not migrated; skipped");
                        continue;
                    }
                    long t0 = System.nanoTime();
                    SecondaryIndexes indexes = SecondaryIndexes.drop(connection, table.get().name());
                    long rows = writer.write(context, table.get());
                    indexes.rebuild(connection);
                    long millis = (System.nanoTime() - t0) / 1_000_000;
                    report.add(table.get().name(), rows, millis);
                    LOG.info(() -> String.format("%s: %,d rows in %,d ms", table.get().name(), rows, millis));
                }
                AppSchema.advanceIdentities(connection);
                AppSchema.markDemoDataLoaded(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            connection.setAutoCommit(true);
            try (var analyze = connection.createStatement()) {
                analyze.execute("analyze");
            }
            if (trackQueries) {
                trackQueries(connection);
            }
        }
        users.saveUsersFile();
        report.finish((System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private static void trackQueries(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
            statement.execute("alter system set pg_stat_statements.track = 'top'");
        }
        LOG.info("pg_stat_statements is on from the database's next start (HotQueries reads it)");
    }

    private static List<TableWriter> writers(BenchUsers users) {
        // Order matters only for the report: every table's ids follow from the layout, not from another table.
        Market market = new Market();
        return List.of(new SalesReps(), users, new Customers(),
                new Products(market), new ProductPrices(market), new FxRates(), new Holdings(market), new Transactions(market),
                new SalesNotes());
    }

    private static void prepare(Connection connection, boolean replace) throws SQLException {
        List<String> tables = AppSchema.featureTables(connection);
        if (AppSchema.anyRows(connection, tables) || BenchUsers.exist(connection)) {
            if (!replace) {
                throw new IllegalStateException("The database already holds customers, other module data or the bench logins. "
                        + "Run with -Dbench.replace=true to empty the feature modules' tables first (never on production).");
            }
            AppSchema.truncate(connection, tables);
        }
        BenchUsers.deleteExisting(connection);
    }
}
