package com.wealthai.crm.core.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.core.CoreModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core's schema on a real PostgreSQL: it migrates, keeps its own history, and the audit trail cannot be rewritten. */
class CoreSchemaTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void migrate() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        ModuleMigrations.migrate(dataSource, List.of(new CoreModule()));
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void theCoreKeepsItsOwnMigrationHistory() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery("select count(*) from flyway_history_core where success")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        ModuleMigrations.migrate(dataSource, List.of(new CoreModule()));
    }

    @Test
    void theAuditTrailIsAppendOnly() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into audit_event (actor, action) values ('admin', 'LOGIN')");

            assertThatThrownBy(() -> s.execute("update audit_event set actor = 'someone else'")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("delete from audit_event")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("truncate audit_event")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aRoleOutsideTheThreeIsRefusedByTheDatabase() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into crm_user (login, display_name, password_hash) values ('x', 'X', 'h')");

            assertThatThrownBy(() -> s.execute("insert into crm_user_role (user_id, role) select id, 'ROOT' from crm_user where login = 'x'"))
                    .hasMessageContaining("check");
        }
    }
}
