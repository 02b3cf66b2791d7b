package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.core.api.StatsContribution;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** The notes' figures in {@code /api/stats}: notes, and open follow-ups overdue, due today and this week. */
@ApplicationScoped
public class NotesStats implements StatsContribution {

    @Inject
    NoteQueries queries;

    @Inject
    FollowUpOverview followUps;

    @Override
    public String moduleId() {
        return NotesModule.ID;
    }

    /** The total is kept per book like the follow-up counts: an administrator's count covers 300,000 notes. */
    @Inject
    BookFigures bookFigures;

    @Override
    public Map<String, Number> figures(AccessScope scope) {
        Map<FollowUpBucket, Long> counts = followUps.counts(scope);
        Map<String, Number> figures = new LinkedHashMap<>();
        figures.put("sales_notes_total", total(scope));
        figures.put("follow_ups_overdue", counts.get(FollowUpBucket.OVERDUE));
        figures.put("follow_ups_today", counts.get(FollowUpBucket.TODAY));
        figures.put("follow_ups_this_week", counts.get(FollowUpBucket.THIS_WEEK));
        return figures;
    }

    long total(AccessScope scope) {
        return bookFigures.get(SalesNotes.FIGURES + "total", scope, () -> queries.total(scope));
    }
}
