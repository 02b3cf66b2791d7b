package com.wealthai.crm.bench;

import com.wealthai.crm.ai.AiModule;
import com.wealthai.crm.core.CoreModule;
import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.infrastructure.db.ModuleMigrations;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.notes.NotesModule;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The app's own schema, created by the modules' own Flyway migrations (the same call the app makes
 * at start-up), so that the generator never carries a copy of a table definition that could drift.
 */
final class AppSchema {

    /** Tables of the platform that generated data never replaces (the audit trail cannot be truncated anyway). */
    private static final Set<String> PLATFORM_TABLES = Set.of(
            "crm_user", "crm_user_role", "api_token", "module_state", "demo_data_load", "audit_event");

    private AppSchema() {
    }

    static List<CrmModule> modules() {
        List<CrmModule> modules = new ArrayList<>(List.of(
                new CoreModule(), new CustomersModule(), new HoldingsModule(), new NotesModule(), new AiModule()));
        modules.sort(Comparator.comparingInt(CrmModule::order).thenComparing(CrmModule::id));
        return modules;
    }

    static void migrate(DataSource dataSource) {
        ModuleMigrations.migrate(dataSource, modules());
    }

    /** The feature modules' tables: what a run fills, and what {@code bench.replace} empties first. */
    static List<String> featureTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(
                "select table_name from information_schema.tables where table_schema = current_schema() "
                        + "and table_type = 'BASE TABLE' and table_name not like 'flyway_history_%' order by table_name")) {
            while (rows.next()) {
                if (!PLATFORM_TABLES.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    static boolean anyRows(Connection connection, List<String> tables) throws SQLException {
        for (String table : tables) {
            try (var rows = connection.createStatement().executeQuery("select exists (select 1 from " + table + ")")) {
                rows.next();
                if (rows.getBoolean(1)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void truncate(Connection connection, List<String> tables) throws SQLException {
        if (!tables.isEmpty()) {
            try (var statement = connection.createStatement()) {
                statement.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
            }
        }
    }

    /** Moves every identity (and serial) past the ids the generator assigned, so the app's own inserts do not collide. */
    static void advanceIdentities(Connection connection) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery(
                "select table_name, column_name from information_schema.columns where table_schema = current_schema() "
                        + "and (is_identity = 'YES' or column_default like 'nextval(%')")) {
            while (rows.next()) {
                identities.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        try (var statement = connection.createStatement()) {
            for (String[] identity : identities) {
                statement.execute("select setval(pg_get_serial_sequence('" + identity[0] + "', '" + identity[1] + "'), "
                        + "coalesce((select max(" + identity[1] + ") from " + identity[0] + "), 0) + 1, false)");
            }
        }
    }

    /** Tells the app that demo data is in place, so that demo mode does not load its small book on top. */
    static void markDemoDataLoaded(Connection connection) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into demo_data_load (module_id) values (?) on conflict (module_id) do nothing")) {
            for (CrmModule module : modules()) {
                insert.setString(1, module.id());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
