package com.wealthai.crm.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;

/**
 * Runs a figure's computation on a background thread as it would run in a request: a figure is
 * computed by the same module code a page calls, which may read request-scoped beans and expects a
 * transaction around its queries.
 */
@ApplicationScoped
public class FigureRecomputation {

    @ActivateRequestContext
    @Transactional
    public void run(Runnable computation) {
        computation.run();
    }
}
