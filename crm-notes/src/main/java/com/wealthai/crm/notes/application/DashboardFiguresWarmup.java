package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import com.wealthai.crm.notes.NotesModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The firm's note counts (dashboard tiles, menu badge, stats) computed ahead of the first administrator's view. */
@ApplicationScoped
public class DashboardFiguresWarmup implements FigureWarmup {

    @Inject
    NoteFigures figures;

    @Inject
    FollowUpOverview followUps;

    @Inject
    NotesStats stats;

    @Override
    public String moduleId() {
        return NotesModule.ID;
    }

    @Override
    public void warm(AccessScope firm) {
        figures.byTypeThisMonth(firm);
        followUps.overdueCount(firm);
        followUps.counts(firm);
        stats.total(firm);
    }
}
