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
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The book figures' background work: the {@link BookFigureCache}'s queued recomputations, and the
 * dashboard figures of every enabled module (see {@link FigureWarmup}) for every book someone logs in
 * to (the firm's, each branch's, each rep's), once the platform is ready and then every {@link
 * #WARM_EVERY}. A first dashboard after logging in then finds its figures (a rep's cost some 60 ms of
 * queries otherwise, while everyone logs in at nine), the figures are not dropped as idle, and a new
 * day's figures are computed before the first view.
 *
 * <p>One book per tick, leaving the cores to the pages; a round leaves alone the figures kept and
 * unchanged for less than {@link BookFigureCache#REWARM_AFTER} (views keep those fresh), so most
 * rounds compute only what changed or is new. A round over 200 reps and 20 branches that computes
 * everything (after a start, or every half hour) takes about a minute.
 */
@ApplicationScoped
public class FigureWarming {

    private static final Logger LOG = Logger.getLogger(FigureWarming.class.getName());

    static final Duration WARM_EVERY = Duration.ofMinutes(5);

    /** How often the queued background computations are picked up, and the next book warmed. */
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

    @Inject
    UserAccounts accounts;

    private final AtomicBoolean started = new AtomicBoolean();

    /** When the next round starts, in {@link System#nanoTime()}; only the tick reads it. */
    private long nextRoundAt;

    /** The books of this round still to warm; only the tick touches it. */
    private final Deque<AccessScope> booksToWarm = new ArrayDeque<>();

    /**
     * Called once the platform is ready; later calls change nothing. One scheduled task does all the
     * background work, one thing at a time: two threads started from the same place share the server's
     * invocation context, and the end of one then closes the other's entity managers.
     */
    public void start() {
        if (started.compareAndSet(false, true)) {
            figures.startBackgroundWork();
            nextRoundAt = System.nanoTime();
            scheduler.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            if (booksToWarm.isEmpty() && System.nanoTime() - nextRoundAt >= 0) {
                nextRoundAt = System.nanoTime() + WARM_EVERY.toNanos();
                recomputation.run(() -> booksToWarm.addAll(books(accounts.enabledScopes())));
            }
            AccessScope book = booksToWarm.poll();
            if (book != null) {
                figures.warming(() -> warm(book));
            }
            figures.runQueued();
        } catch (RuntimeException e) {
            // an exception would end the schedule: the figures would never be refreshed again
            LOG.log(Level.WARNING, "Background work on the book figures failed; trying again on the next tick", e);
        }
    }

    /**
     * The firm first (its figures are the slowest to compute while someone waits), then one scope per
     * branch and per rep that these accounts reach, in that order; accounts reaching nothing add none.
     */
    static List<AccessScope> books(List<AccessScope> accounts) {
        Map<BookFigureCache.Key, AccessScope> books = new LinkedHashMap<>();
        books.put(BookFigureCache.book(AccessScope.system()), AccessScope.system());
        Comparator<AccessScope> widestFirst = Comparator.comparing(AccessScope::reach).reversed();
        accounts.stream().filter(scope -> scope.reach() != AccessScope.Reach.NONE).sorted(widestFirst)
                .forEach(scope -> books.putIfAbsent(BookFigureCache.book(scope), scope));
        return List.copyOf(books.values());
    }

    private void warm(AccessScope book) {
        for (FigureWarmup warmup : warmups) {
            try {
                // the module's state is read inside too: every query of this thread runs in a transaction
                recomputation.run(() -> {
                    if (switchboard.isEnabled(warmup.moduleId())) {
                        warmup.warm(book);
                    }
                });
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    // every other book would fail the same way: the next round tries again
                    LOG.warning("The database is unavailable: the figures of the remaining books wait for the next round");
                    booksToWarm.clear();
                    return;
                }
                // the next round tries again; the pages compute what is missing meanwhile
                LOG.log(Level.WARNING, e, () -> "Computing the figures of " + warmup.moduleId() + " for " + book.login() + " failed");
            }
        }
    }
}
