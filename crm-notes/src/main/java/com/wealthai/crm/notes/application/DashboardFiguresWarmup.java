package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.FigureWarmup;
import com.wealthai.crm.notes.NotesModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A book's note figures (dashboard tiles, menu badge, stats) computed ahead of its first view, with the tiles' parameters. */
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
    public void warm(AccessScope book) {
        figures.byTypeThisMonth(book);
        followUps.overdueCount(book);
        followUps.counts(book);
        followUps.urgent(book, FollowUpOverview.URGENT_LISTED);
        stats.total(book);
    }
}
