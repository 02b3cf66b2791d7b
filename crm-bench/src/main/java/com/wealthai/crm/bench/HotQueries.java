package com.wealthai.crm.bench;

import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import com.wealthai.crm.core.infrastructure.config.CrmSettings.Key;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The queries the database spent most time on during a load test, with their plans: the evidence
 * that every hot query uses an index. Reads {@code pg_stat_statements} (the generator turns it on
 * with {@code -Dbench.track.queries=true}; it takes effect when the app next starts the database)
 * and shows {@code EXPLAIN (GENERIC_PLAN)} of the top ones, parameters unbound as the app sends them.
 *
 * <p>Runs beside the app: with the embedded database it connects to the running server (port from
 * {@code postmaster.pid}) rather than starting one.
 *
 * <pre>
 * mvn -pl crm-bench exec:java -Dbench.main=com.wealthai.crm.bench.HotQueries [-Dbench.top=5] [-Dbench.reset=true]
 * </pre>
 */
public final class HotQueries {

    private HotQueries() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        int top = Integer.getInteger("bench.top", 5);
        try (Connection connection = connect()) {
            if (Boolean.getBoolean("bench.reset")) {
                connection.createStatement().execute("select pg_stat_statements_reset()");
                System.out.println("pg_stat_statements reset");
                return;
            }
            List<String[]> hot = new java.util.ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(
                    "select query, calls, total_exec_time, mean_exec_time, rows from pg_stat_statements "
                            + "where dbid = (select oid from pg_database where datname = current_database()) "
                            + "and query ~* '^\\s*(select|with)' and query !~* 'pg_stat_statements|information_schema|pg_catalog' and query !~* '^select \\$1$' "
                            + "order by total_exec_time desc limit " + top)) {
                while (rows.next()) {
                    hot.add(new String[] {rows.getString(1), String.format(Locale.ROOT, "%,d calls, %.2f ms mean, %.0f ms total, %,d rows",
                            rows.getLong(2), rows.getDouble(4), rows.getDouble(3), rows.getLong(5))});
                }
            }
            int n = 1;
            for (String[] query : hot) {
                System.out.printf("%n### %d. %s%n%n```sql%n%s%n```%n%n```%n", n++, query[1], query[0]);
                try (var plan = connection.createStatement().executeQuery("explain (generic_plan) " + query[0])) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                } catch (SQLException e) {
                    System.out.println("(no plan: " + e.getMessage() + ")");
                }
                System.out.println("```");
            }
        }
    }

    private static Connection connect() throws SQLException, IOException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        if (CrmSettings.embeddedDatabase()) {
            Path pid = CrmSettings.dataDir().resolve("pg").resolve("postmaster.pid");
            if (!Files.exists(pid)) {
                throw new IllegalStateException("The embedded database is not running (no " + pid + "): start the app first");
            }
            dataSource.setServerNames(new String[] {"localhost"});
            dataSource.setPortNumbers(new int[] {Integer.parseInt(Files.readAllLines(pid).get(3).trim())});
            dataSource.setDatabaseName("wealthai");
            dataSource.setUser("postgres");
        } else {
            dataSource.setServerNames(new String[] {CrmSettings.get(Key.DB_HOST).orElseThrow()});
            dataSource.setPortNumbers(new int[] {CrmSettings.getInt(Key.DB_PORT, 5432)});
            dataSource.setDatabaseName(CrmSettings.get(Key.DB_NAME, "wealthai"));
            dataSource.setUser(CrmSettings.get(Key.DB_USER, "wealthai_user"));
            dataSource.setPassword(CrmSettings.get(Key.DB_PASSWORD, ""));
        }
        // the simple protocol, so that EXPLAIN sees the $1 placeholders as text rather than as parameters to bind
        dataSource.setPreferQueryMode(org.postgresql.jdbc.PreferQueryMode.SIMPLE);
        return dataSource.getConnection();
    }
}
