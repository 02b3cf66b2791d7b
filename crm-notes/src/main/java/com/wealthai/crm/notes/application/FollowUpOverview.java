package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.BookFigures;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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

    @Inject
    CustomerDirectory customers;

    public long overdueCount(AccessScope scope) {
        LocalDate today = notes.today();
        return figures.get(SalesNotes.FIGURES + "overdue." + today, scope, () -> queries.overdueCount(today, scope));
    }

    public Map<FollowUpBucket, Long> counts(AccessScope scope) {
        LocalDate today = notes.today();
        return figures.get(SalesNotes.FIGURES + "buckets." + today, scope,
                () -> Collections.unmodifiableMap(queries.bucketCounts(today, scope)));
    }

    /** How many urgent follow-ups the alert after login lists; the counts above it tell how many there are in all. */
    public static final int URGENT_LISTED = 20;

    /**
     * The most urgent open follow-ups (overdue, then due today, oldest first) with their customers'
     * names, for the dashboard tile and the alert after login: kept per book and day like the counts
     * (a note's change forgets them, a customer's change forgets every figure).
     */
    public UrgentFollowUps urgent(AccessScope scope, int limit) {
        LocalDate today = notes.today();
        return figures.get(SalesNotes.FIGURES + "urgent." + limit + "." + today, scope, () -> {
            List<NoteRow> rows = queries.urgentFollowUps(today, scope, limit);
            Map<Long, String> names = new HashMap<>();
            customers.findAll(rows.stream().map(NoteRow::customerId).distinct().toList(), scope)
                    .forEach((id, customer) -> names.put(id, customer.name()));
            return new UrgentFollowUps(List.copyOf(rows), Map.copyOf(names));
        });
    }
}
