package com.wealthai.crm.core.infrastructure.db;

import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import com.wealthai.crm.core.infrastructure.config.CrmSettings.Key;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The class behind the container's connection pool {@code java:global/jdbc/crm} (declared in
 * crm-war's {@code web.xml}): PostgreSQL at {@code DB_HOST}, or the embedded one when that is unset.
 *
 * <p>It configures itself from the settings on first use rather than from pool properties, because
 * the embedded server's port is only known once it runs.
 */
public class CrmDataSource extends PGSimpleDataSource {

    private static final long serialVersionUID = 1L;

    private volatile boolean configured;

    @Override
    public Connection getConnection() throws SQLException {
        configure();
        return super.getConnection(getUser(), getPassword());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        // The pool may pass its own (empty) credentials; ours come from the settings.
        return getConnection();
    }

    private void configure() {
        if (configured) {
            return;
        }
        synchronized (this) {
            if (configured) {
                return;
            }
            if (CrmSettings.embeddedDatabase()) {
                setServerNames(new String[] {"localhost"});
                setPortNumbers(new int[] {EmbeddedDatabase.ensureStarted()});
                setDatabaseName(EmbeddedDatabase.databaseName());
                setUser(EmbeddedDatabase.user());
                setPassword("");
            } else {
                setServerNames(new String[] {CrmSettings.get(Key.DB_HOST).orElseThrow()});
                setPortNumbers(new int[] {CrmSettings.getInt(Key.DB_PORT, 5432)});
                setDatabaseName(CrmSettings.get(Key.DB_NAME, "wealthai"));
                setUser(CrmSettings.get(Key.DB_USER, "wealthai_user"));
                setPassword(CrmSettings.get(Key.DB_PASSWORD, ""));
            }
            setApplicationName("wealthai-crm");
            setConnectTimeout(5);
            setSocketTimeout(60);
            setReWriteBatchedInserts(true);
            // Plan every execution for its own parameters. A cached generic plan cannot tell a one-character
            // search (which must not use the trigram index) from a long one, and with 100,000 customers
            // it turned a 2 ms search into 60 ms; planning costs well under a millisecond.
            setOptions("-c plan_cache_mode=force_custom_plan");
            configured = true;
        }
    }
}
