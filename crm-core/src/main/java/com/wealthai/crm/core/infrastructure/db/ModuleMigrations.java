package com.wealthai.crm.core.infrastructure.db;

import com.wealthai.crm.core.api.CrmModule;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates each module's schema with its own Flyway history ({@code flyway_history_<id>}), in
 * dependency order, from {@code db/migration/<id>} in the module's JAR.
 *
 * <p>Two details from the pitfalls list: Flyway is given the module's class loader so that it finds
 * the migrations inside the WAR, and a module arriving in a database that already has tables is
 * baselined at version 0, not 1, so that its own V1 still runs.
 */
public final class ModuleMigrations {

    private static final Logger LOG = Logger.getLogger(ModuleMigrations.class.getName());

    private ModuleMigrations() {
    }

    public static void migrate(DataSource dataSource, List<CrmModule> inDependencyOrder) {
        for (CrmModule module : inDependencyOrder) {
            MigrateResult result = flywayFor(dataSource, module).migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info(() -> String.format("Module '%s': %d migration(s) applied, schema now at version %s",
                        module.id(), result.migrationsExecuted, result.targetSchemaVersion));
            }
        }
    }

    static Flyway flywayFor(DataSource dataSource, CrmModule module) {
        return Flyway.configure(module.getClass().getClassLoader())
                .dataSource(dataSource)
                .table("flyway_history_" + module.id())
                .locations("classpath:" + module.migrationLocation())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
    }
}
