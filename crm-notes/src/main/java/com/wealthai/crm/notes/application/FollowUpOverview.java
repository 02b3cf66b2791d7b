package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Follow-up figures for today in Tokyo: the badge, the stats, the dashboard tile and the login alert. */
@ApplicationScoped
public class FollowUpOverview {

    @Inject
    NoteQueries queries;

    @Inject
    SalesNotes notes;

    public long overdueCount(AccessScope scope) {
        return queries.overdueCount(notes.today(), scope);
    }

    public Map<FollowUpBucket, Long> counts(AccessScope scope) {
        return queries.bucketCounts(notes.today(), scope);
    }
}
