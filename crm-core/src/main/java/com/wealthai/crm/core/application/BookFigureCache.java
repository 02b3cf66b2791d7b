package com.wealthai.crm.core.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link BookFigures} in this instance's memory.
 *
 * <p>Who waits for a figure to be computed again depends on why. A figure merely older than {@link
 * #MAX_AGE_SECONDS} (nothing reported a change in its book) is served as it was while a background
 * thread computes it afresh, and the next view shows the new one: together with {@link FigureWarming},
 * which computes every book's dashboard figures ahead, nobody waits for their own dashboard figures,
 * not even on the first view after logging in. A figure whose book changed is computed at once while
 * its reader waits if it took less than {@code CRM_FIGURES_BACKGROUND_MS} (25 ms unless set) to
 * compute, a rep's book mostly; a slower one (a branch's, or the firm's over 400,000 holdings: 30 to
 * 300 ms each, eight on a dashboard) is served as it was once more and computed in the background,
 * once at a time: nobody should wait a second on every trade anywhere in the firm. A rep's own
 * figures after a change in their own book are always computed at once: the rep must see their own
 * change.
 *
 * <p>A miss computes outside the cache's lock (a figure may ask for other figures while it is
 * computed), so two requests arriving together may both compute it once; that is cheaper than making
 * one wait on the other.
 */
@ApplicationScoped
public class BookFigureCache implements BookFigures {

    private static final Logger LOG = Logger.getLogger(BookFigureCache.class.getName());

    /** How long an unread figure is kept at all. */
    static final int IDLE_MINUTES = 30;

    /**
     * How old an unchanged figure may grow before a {@link FigureWarming} round computes it again; a
     * view refreshes it after {@link #MAX_AGE_SECONDS}. A round that computed every book's figures
     * again every five minutes took a third of a core for a minute each time.
     */
    static final Duration REWARM_AFTER = Duration.ofMinutes(IDLE_MINUTES);

    /** A changed figure that took longer than this is computed again in the background, served as it was meanwhile. */
    long backgroundAfterNanos = Duration.ofMillis(CrmSettings.getInt(CrmSettings.Key.CRM_FIGURES_BACKGROUND_MS, 25)).toNanos();

    /** Which book an entry covers: a rep's (id), a branch (name), everything, or nothing. */
    record Key(String figure, AccessScope.Reach reach, String book) {

        /** A rep's own book: after a change the rep waits for the new figure. */
        boolean ownBook() {
            return reach == AccessScope.Reach.OWN_BOOK;
        }
    }

    /** A kept figure, when it was computed and in how long, and whether its book changed since. */
    record Entry(Object value, long computedAtNanos, long tookNanos, boolean changed) {

        boolean fresh(long now) {
            return youngerThan(now, Duration.ofSeconds(MAX_AGE_SECONDS));
        }

        boolean youngerThan(long now, Duration age) {
            return !changed && now - computedAtNanos < age.toNanos();
        }

        boolean tookLongerThan(long nanos) {
            return tookNanos > nanos;
        }
    }

    private final Cache<Key, Entry> entries = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(IDLE_MINUTES))
            .maximumSize(20_000)
            .build();

    private final Set<Key> computing = ConcurrentHashMap.newKeySet();

    /** Nanoseconds; a test moves it on. */
    LongSupplier clock = System::nanoTime;

    /** Present on the server; absent in plain unit tests, where nothing runs in a transaction. */
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Background computations waiting for {@link #runQueued}; until {@link #startBackgroundWork} (and
     * in unit tests) they run at once.
     */
    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();

    private volatile boolean backgroundStarted;

    /** Set on the thread of a warming round while it asks for a book's figures. */
    private final ThreadLocal<Boolean> warming = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** A request context and a transaction around a background computation; absent in unit tests. */
    @Inject
    FigureRecomputation recomputation;

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String figure, AccessScope scope, Supplier<T> compute) {
        Key key = key(figure, scope);
        Entry kept = entries.getIfPresent(key);
        long now = clock.getAsLong();
        if (kept != null && (kept.fresh(now) || warming.get() && kept.youngerThan(now, REWARM_AFTER))) {
            return (T) kept.value();
        }
        if (kept != null && servedWhileComputedAfresh(key, kept)) {
            computeInBackground(key, compute);
            return (T) kept.value();
        }
        return (T) compute(key, compute);
    }

    /** Old but unchanged, or changed but slow to compute and not the reader's own book's change. */
    private boolean servedWhileComputedAfresh(Key key, Entry kept) {
        if (!kept.changed()) {
            return true;
        }
        return kept.tookLongerThan(backgroundAfterNanos) && !key.ownBook();
    }

    private Object compute(Key key, Supplier<?> compute) {
        long start = clock.getAsLong();
        Object fresh = compute.get();
        if (fresh != null) {
            long end = clock.getAsLong();
            entries.put(key, new Entry(fresh, end, end - start, false));
        }
        return fresh;
    }

    private void computeInBackground(Key key, Supplier<?> compute) {
        if (!computing.add(key)) {
            return;
        }
        Runnable task = () -> {
            try {
                if (recomputation != null) {
                    recomputation.run(() -> compute(key, compute));
                } else {
                    compute(key, compute);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Computing " + key + " in the background failed; the kept figure stays");
            } finally {
                computing.remove(key);
            }
        };
        if (backgroundStarted) {
            queued.add(task);
        } else {
            task.run();
        }
    }

    /**
     * From now on slow figures are queued for {@link #runQueued}, which {@link FigureWarming} calls on
     * its one background thread, started at start-up. Not from a request: a task handed to the
     * server's executor from a request shares that request's invocation, whose end then closes the
     * request's entity managers under it (a page failed with "closed EntityManager" now and then).
     */
    void startBackgroundWork() {
        backgroundStarted = true;
    }

    /**
     * Runs a {@link FigureWarming} round's requests for figures: a figure kept and unchanged since
     * less than {@link #REWARM_AFTER} is left as it is (a view refreshes it when it is older than a
     * minute), a missing one is computed, a changed or older one computed afresh.
     */
    void warming(Runnable round) {
        warming.set(Boolean.TRUE);
        try {
            round.run();
        } finally {
            warming.remove();
        }
    }

    /** One at a time: the firm's eight figures at once would take both cores from the pages. */
    void runQueued() {
        for (Runnable task = queued.poll(); task != null; task = queued.poll()) {
            task.run();
        }
    }

    /**
     * Marks now and, inside a transaction, once more after it committed: a request that computed the
     * figure between the two would otherwise keep the figure as it was before the change.
     */
    @Override
    public void changed(String figurePrefix, Long salesRepId, String branch) {
        Objects.requireNonNull(figurePrefix, "figurePrefix");
        markChanged(figurePrefix, salesRepId, branch);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    markChanged(figurePrefix, salesRepId, branch);
                }
            });
        }
    }

    private void markChanged(String figurePrefix, Long salesRepId, String branch) {
        entries.asMap().replaceAll((key, entry) -> covers(key, figurePrefix, salesRepId, branch)
                ? new Entry(entry.value(), entry.computedAtNanos(), entry.tookNanos(), true) : entry);
    }

    private static boolean covers(Key key, String figurePrefix, Long salesRepId, String branch) {
        return key.figure().startsWith(figurePrefix) && switch (key.reach()) {
            case ALL, NONE -> true;
            case BRANCH -> branch == null || branch.equals(key.book());
            case OWN_BOOK -> salesRepId == null || salesRepId.toString().equals(key.book());
        };
    }

    /** Which book a scope reads: scopes with the same one share every figure. */
    static Key book(AccessScope scope) {
        return key("", scope);
    }

    static Key key(String figure, AccessScope scope) {
        AccessScope.Reach reach = scope.reach();
        return new Key(figure, reach, switch (reach) {
            case ALL, NONE -> "";
            case BRANCH -> scope.branch();
            case OWN_BOOK -> scope.salesRepId().toString();
        });
    }
}
