package com.wealthai.crm.core.api;

import java.util.function.Supplier;

/**
 * Figures computed over a caller's whole book (dashboard tiles), kept per reach, so that a dashboard
 * opened again and again does not add up the same 400,000 holdings each time.
 *
 * <p>An entry is keyed by the figure's name and the scope's reach: a rep's own book, a branch, or
 * everything. Two reps never share an entry; the managers of one branch do, and so do administrators.
 * An entry older than {@link #MAX_AGE_SECONDS} is served once more as it was while it is computed
 * afresh in the background. When a module reports a change in its book ({@link #changed}) the entry
 * is computed again: a rep always sees their own change on the next view, and a figure that is slow to
 * compute (the whole firm's) is served once more while it is computed afresh in the background. The
 * core computes every book's figures ahead ({@link FigureWarmup}), so a first view finds them too.
 *
 * <p>Only immutable values belong here (records, {@code List.copyOf}): an entry is read by many
 * requests at once, and may be computed on another thread, so {@code compute} must not depend on the
 * request (take the scope as a parameter, use application-scoped services). Never managed entities.
 */
public interface BookFigures {

    /** How long an entry is served before it is computed again (in the background). */
    int MAX_AGE_SECONDS = 60;

    /**
     * The figure for the caller's reach: the kept one, or {@code compute}'s answer, then kept.
     *
     * @param figure a name starting with the module's id, e.g. {@code holdings.aum}
     */
    <T> T get(String figure, AccessScope scope, Supplier<T> compute);

    /**
     * Something in a rep's book changed: the module's figures of that rep, of every branch (or only
     * {@code branch} when known) and of the whole firm are computed again on their next view.
     *
     * @param figurePrefix the module's figures, e.g. {@code holdings.}
     * @param salesRepId   the rep whose book changed; {@code null} forgets every rep's entry too
     * @param branch       that rep's branch, or {@code null} when unknown
     */
    void changed(String figurePrefix, Long salesRepId, String branch);

    /** Something that touches every book changed (a price import): all the module's figures. */
    default void changedEverywhere(String figurePrefix) {
        changed(figurePrefix, null, null);
    }

    /** Keeps nothing, computes every time: for module code run outside the server (tools, tests). */
    static BookFigures none() {
        return new BookFigures() {
            @Override
            public <T> T get(String figure, AccessScope scope, Supplier<T> compute) {
                return compute.get();
            }

            @Override
            public void changed(String figurePrefix, Long salesRepId, String branch) {
                // nothing kept, nothing to forget
            }
        };
    }
}
