package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the {@link BookFigureCache}'s background work and keeps the firm-wide figures of every enabled
 * module computed (see {@link FigureWarmup}): once the platform is ready, then every {@link #EVERY_MINUTES} minutes, which also keeps them from being
 * dropped as idle and computes a new day's figures before the first administrator opens the dashboard.
 */
@ApplicationScoped
public class FigureWarming {

    private static final Logger LOG = Logger.getLogger(FigureWarming.class.getName());

    static final long EVERY_MINUTES = 5;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    @Any
    Instance<FigureWarmup> warmups;

    @Inject
    ModuleSwitchboard switchboard;

    @Inject
    FigureRecomputation recomputation;

    @Inject
    BookFigureCache figures;

    private final AtomicBoolean started = new AtomicBoolean();

    /** Called once the platform is ready; later calls change nothing. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            figures.startBackgroundWork(scheduler);
            scheduler.scheduleWithFixedDelay(this::warmAll, 0, EVERY_MINUTES, TimeUnit.MINUTES);
        }
    }

    private void warmAll() {
        long begun = System.nanoTime();
        for (FigureWarmup warmup : warmups) {
            try {
                // the module's state is read inside too: every query of this thread runs in a transaction
                recomputation.run(() -> {
                    if (switchboard.isEnabled(warmup.moduleId())) {
                        warmup.warm(AccessScope.system());
                    }
                });
            } catch (RuntimeException e) {
                // the next round tries again; the pages compute what is missing meanwhile
                LOG.log(Level.WARNING, e, () -> "Computing the firm-wide figures of " + warmup.moduleId() + " failed");
            }
        }
        LOG.fine(() -> String.format("Firm-wide figures warm in %d ms", (System.nanoTime() - begun) / 1_000_000));
    }
}
