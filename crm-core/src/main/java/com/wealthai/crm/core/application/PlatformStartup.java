package com.wealthai.crm.core.application;

import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;
import com.wealthai.crm.core.infrastructure.db.ModuleMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the platform up: schema of every module (in dependency order), module switches, the first
 * administrator, demo data. Then prints where the app is.
 *
 * <p>A database that is not there at start-up does not fail the deployment: the app starts, answers
 * 503 with a clear page (and {@code /api/health} says why), and retries every few seconds until the
 * database comes; see {@link Readiness}.
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());
    private static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    @Resource(lookup = "java:global/jdbc/crm")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleSwitchboard switchboard;

    @Inject
    UserAccounts users;

    @Inject
    DemoData demoData;

    @Inject
    Readiness readiness;

    @Inject
    FigureWarming figureWarming;

    /** Called once the web application (and its naming context) is up; see {@code web.PlatformLifecycle}. */
    public void start() {
        long started = System.nanoTime();
        if (CrmSettings.getBoolean(CrmSettings.Key.DEBUG, false)) {
            Logger.getLogger("com.wealthai.crm").setLevel(Level.FINE);
            LOG.info("DEBUG is on: the application logs at FINE level");
        }
        FieldEncryption.cipher(); // fail fast and clearly when the data key is missing
        if (!tryToPrepare()) {
            scheduler.schedule(this::retry, RETRY_EVERY.toSeconds(), TimeUnit.SECONDS);
            return;
        }
        LOG.info(() -> String.format("WealthAI CRM ready in %d ms", (System.nanoTime() - started) / 1_000_000));
        Banner.print(registry);
    }

    private void retry() {
        if (tryToPrepare()) {
            LOG.info("Database reachable again: WealthAI CRM is ready");
            Banner.print(registry);
        } else {
            scheduler.schedule(this::retry, RETRY_EVERY.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private synchronized boolean tryToPrepare() {
        if (readiness.isReady()) {
            return true;
        }
        try (var probe = dataSource.getConnection()) {
            probe.isValid(5);
        } catch (SQLException | RuntimeException e) {
            readiness.notReady("database unreachable: " + rootMessage(e));
            LOG.warning(() -> "Database not reachable (" + rootMessage(e) + "); retrying every " + RETRY_EVERY.toSeconds() + " s");
            return false;
        }
        try {
            ModuleMigrations.migrate(dataSource, registry.inDependencyOrder());
            switchboard.registerDiscoveredModules();
            users.ensureAdministrator();
            if (CrmSettings.demoMode()) {
                demoData.loadMissing();
            }
            readiness.ready();
            figureWarming.start();
            return true;
        } catch (RuntimeException e) {
            readiness.notReady("start-up failed: " + rootMessage(e));
            LOG.log(Level.SEVERE, "Start-up failed; retrying in " + RETRY_EVERY.toSeconds() + " s", e);
            return false;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
