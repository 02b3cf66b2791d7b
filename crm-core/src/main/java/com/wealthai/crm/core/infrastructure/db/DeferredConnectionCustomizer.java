package com.wealthai.crm.core.infrastructure.db;

import java.util.Map;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets a persistence unit come up while the database is down, so that the application starts, says
 * it is waiting, and recovers by itself when the database arrives.
 *
 * <p>Why it is needed: at deployment Payara opens an EntityManager of every unit to check it, and
 * EclipseLink's pools for a JTA data source take a connection when they start. With the database away
 * that check fails and Payara closes the unit for good (even with {@code --skipDSFailure}). This
 * customizer, registered in each module's {@code persistence.xml} as
 * {@code eclipselink.session.customizer}, replaces those pools with ones that connect on first use
 * (which EclipseLink's accessors already do for externally pooled connections). The container's pool
 * still validates and renews connections, so nothing changes once the database is there.
 */
public class DeferredConnectionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (!(session instanceof ServerSession server) || !server.getLogin().shouldUseExternalConnectionPooling()) {
            return;
        }
        server.setReadConnectionPool(new DeferredPool(server.getReadConnectionPool().getName(), server.getDatasourceLogin(), server));
        // The default (write) pool may be an internal one here; the session would swap it for an
        // external pool when it connects, so it is replaced as well.
        for (Map.Entry<String, ConnectionPool> pool : server.getConnectionPools().entrySet()) {
            pool.setValue(new DeferredPool(pool.getKey(), server.getDatasourceLogin(), server));
        }
        if (server.getDefaultConnectionPool() == null) {
            server.addConnectionPool(new DeferredPool(ServerSession.DEFAULT_POOL, server.getDatasourceLogin(), server));
        }
    }
    /** An external pool whose template accessor is not connected at start-up. */
    static final class DeferredPool extends ExternalConnectionPool {

        DeferredPool(String name, Login login, ServerSession owner) {
            super(name, login, owner);
        }

        @Override
        public synchronized void startUp() {
            Login login = (Login) getLogin().clone();
            DeferredAccessor template = new DeferredAccessor(login);
            template.setPool(this);
            setCachedConnection(template);
            setIsConnected(true);
        }
    }

    /** An accessor that knows its login and connects on its first call (EclipseLink reconnects lazily). */
    static final class DeferredAccessor extends DatabaseAccessor {

        DeferredAccessor(Login login) {
            setLogin(login);
            setDatasourcePlatform((DatasourcePlatform) login.getDatasourcePlatform());
            this.usesExternalConnectionPooling = true;
        }
    }
}
