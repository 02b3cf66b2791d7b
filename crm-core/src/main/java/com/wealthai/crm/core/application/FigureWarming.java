package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The book figures' background work: the {@link BookFigureCache}'s queued recomputations, and the
 * firm-wide figures of every enabled module (see {@link FigureWarmup}) once the platform is ready and
 * then every {@link #WARM_EVERY}, which also keeps them from being dropped as idle and computes a new
 * day's figures before the first administrator opens the dashboard.
 */
@ApplicationScoped
public class FigureWarming {

    private static final Logger LOG = Logger.getLogger(FigureWarming.class.getName());

    static final Duration WARM_EVERY = Duration.ofMinutes(5);

    /** How often the queued background computations are picked up. */
    static final long TICK_MILLIS = 250;

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

    /** When the firm's figures are next asked for, in {@link System#nanoTime()}; only the tick reads it. */
    private long nextWarmingAt;

    /**
     * Called once the platform is ready; later calls change nothing. One scheduled task does all the
     * background work, one thing at a time: two threads started from the same place share the server's
     * invocation context, and the end of one then closes the other's entity managers.
     */
    public void start() {
        if (started.compareAndSet(false, true)) {
            figures.startBackgroundWork();
            nextWarmingAt = System.nanoTime();
            scheduler.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            if (System.nanoTime() - nextWarmingAt >= 0) {
                nextWarmingAt = System.nanoTime() + WARM_EVERY.toNanos();
                warmAll();
            }
            figures.runQueued();
        } catch (RuntimeException e) {
            // an exception would end the schedule: the figures would never be refreshed again
            LOG.log(Level.WARNING, "Background work on the book figures failed; trying again on the next tick", e);
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
