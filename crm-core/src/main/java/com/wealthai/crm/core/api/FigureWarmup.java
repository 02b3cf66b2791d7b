package com.wealthai.crm.core.api;

/**
 * The {@link BookFigures} a module asks for ahead of any view, book by book: the firm's (its tiles sum
 * 400,000 holdings in a second and more), each branch's and each rep's, so that nobody's dashboard
 * waits for its figures, not the firm's first administrator after a start or on a new day, nor a rep's
 * first dashboard after logging in.
 *
 * <p>The core calls {@link #warm} once the platform is ready and then every few minutes, on a
 * background thread with a request context and a transaction, for enabled modules only, for the firm
 * and for the reach of every enabled account. Ask for the figures exactly as the pages do (same names
 * and parameters), or the pages will not find them.
 */
public interface FigureWarmup {

    String moduleId();

    /** Asks {@link BookFigures} for this module's dashboard figures over {@code book}: the firm, a branch or a rep. */
    void warm(AccessScope book);
}
