package com.wealthai.crm.core.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link BookFigures} in this instance's memory. A miss computes outside the cache's lock (a figure
 * may ask for other figures while it is computed), so two requests arriving together may both compute
 * it once; that is cheaper than making one wait on the other.
 */
@ApplicationScoped
public class BookFigureCache implements BookFigures {

    /** Which book an entry covers: a rep's (id), a branch (name), everything, or nothing. */
    record Key(String figure, AccessScope.Reach reach, String book) {
    }

    private final Cache<Key, Object> entries = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(MAX_AGE_SECONDS))
            .maximumSize(20_000)
            .build();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String figure, AccessScope scope, Supplier<T> compute) {
        Key key = key(figure, scope);
        Object kept = entries.getIfPresent(key);
        if (kept != null) {
            return (T) kept;
        }
        T fresh = compute.get();
        if (fresh != null) {
            entries.put(key, fresh);
        }
        return fresh;
    }

    /** Present on the server; absent in plain unit tests, where nothing runs in a transaction. */
    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Forgets now and, inside a transaction, once more after it committed: a request that computed the
     * figure between the two would otherwise keep the figure as it was before the change for a minute.
     */
    @Override
    public void changed(String figurePrefix, Long salesRepId, String branch) {
        Objects.requireNonNull(figurePrefix, "figurePrefix");
        forget(figurePrefix, salesRepId, branch);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    forget(figurePrefix, salesRepId, branch);
                }
            });
        }
    }

    private void forget(String figurePrefix, Long salesRepId, String branch) {
        entries.asMap().keySet().removeIf(key -> key.figure().startsWith(figurePrefix) && switch (key.reach()) {
            case ALL, NONE -> true;
            case BRANCH -> branch == null || branch.equals(key.book());
            case OWN_BOOK -> salesRepId == null || salesRepId.toString().equals(key.book());
        });
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
