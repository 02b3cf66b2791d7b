package com.wealthai.crm.core.application;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database being away (refused connection, broken connection, pool
 * unable to connect) from any other error, so that users get "try again shortly" rather than "bug".
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // SQLSTATE class 08: connection exception
            }
            String name = t.getClass().getName();
            if (name.equals("jakarta.resource.ResourceException") || name.endsWith("PoolingException")) {
                return true;
            }
        }
        return false;
    }
}
