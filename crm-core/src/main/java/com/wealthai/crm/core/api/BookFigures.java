package com.wealthai.crm.core.api;

import java.util.function.Supplier;

/**
 * Figures computed over a caller's whole book (dashboard tiles), kept for a short while per reach, so
 * that a dashboard opened again and again does not add up the same 400,000 holdings each time.
 *
 * <p>An entry is keyed by the figure's name and the scope's reach: a rep's own book, a branch, or
 * everything. Two reps never share an entry; the managers of one branch do, and so do administrators.
 * An entry lives at most {@link #MAX_AGE_SECONDS}; a module that changes a book calls {@link #changed}
 * so that the figures covering it are computed afresh on the next view, not a minute later.
 *
 * <p>Only immutable values belong here (records, {@code List.copyOf}): an entry is read by many
 * requests at once. Never managed entities.
 */
public interface BookFigures {

    /** How long an entry is served before it is computed again, at most. */
    int MAX_AGE_SECONDS = 60;

    /**
     * The figure for the caller's reach: the kept one, or {@code compute}'s answer, then kept.
     *
     * @param figure a name starting with the module's id, e.g. {@code holdings.aum}
     */
    <T> T get(String figure, AccessScope scope, Supplier<T> compute);

    /**
     * Something in a rep's book changed: forgets the module's figures of that rep, of every branch
     * (or only {@code branch} when known) and of the whole firm.
     *
     * @param figurePrefix the module's figures, e.g. {@code holdings.}
     * @param salesRepId   the rep whose book changed; {@code null} forgets every rep's entry too
     * @param branch       that rep's branch, or {@code null} when unknown
     */
    void changed(String figurePrefix, Long salesRepId, String branch);

    /** Something that touches every book changed (a price import): forgets all the module's figures. */
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
