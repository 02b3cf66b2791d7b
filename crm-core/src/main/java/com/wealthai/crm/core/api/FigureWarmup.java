package com.wealthai.crm.core.api;

/**
 * The firm-wide {@link BookFigures} a module asks for ahead of any view: the whole firm's dashboard
 * tiles sum 400,000 holdings in a second and more, which the first administrator after a start (or on
 * a new day) should not wait for.
 *
 * <p>The core calls {@link #warm} once the platform is ready and then every few minutes, on a
 * background thread with a request context and a transaction, for enabled modules only. Ask for the
 * figures exactly as the pages do (same names and parameters), or the pages will not find them.
 */
public interface FigureWarmup {

    String moduleId();

    /** Asks {@link BookFigures} for this module's figures over {@code firm}, a scope reaching everything. */
    void warm(AccessScope firm);
}
