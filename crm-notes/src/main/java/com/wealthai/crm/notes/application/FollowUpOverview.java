package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

/** Follow-up figures for today in Tokyo: the badge, the stats, the dashboard tile and the login alert. */
@ApplicationScoped
public class FollowUpOverview {

    @Inject
    NoteQueries queries;

    @Inject
    SalesNotes notes;

    /** Every page's menu badge and the dashboard ask: kept per book and day, forgotten when a note changes. */
    @Inject
    BookFigures figures;

    public long overdueCount(AccessScope scope) {
        LocalDate today = notes.today();
        return figures.get(SalesNotes.FIGURES + "overdue." + today, scope, () -> queries.overdueCount(today, scope));
    }

    public Map<FollowUpBucket, Long> counts(AccessScope scope) {
        LocalDate today = notes.today();
        return figures.get(SalesNotes.FIGURES + "buckets." + today, scope,
                () -> Collections.unmodifiableMap(queries.bucketCounts(today, scope)));
    }
}
