package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.application.NoteQueries;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.application.SalesNotes;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The dashboard tile "my follow-ups": the counts per bucket and the most urgent few. */
@Named
@RequestScoped
public class FollowUpWidget {

    private static final int SHOWN = 5;

    @Inject
    NoteQueries queries;

    @Inject
    SalesNotes notes;

    @Inject
    CustomerDirectory customers;

    @Inject
    AccessScopes scopes;

    /** The open follow-ups up to the end of the week, read once for both the counts and the list. */
    private List<NoteRow> followUps;
    private LocalDate today;
    private List<NoteRow> urgent;
    private Map<Long, CustomerSummary> names;
    private Map<FollowUpBucket, Long> counts;

    public Map<FollowUpBucket, Long> getCounts() {
        if (counts == null) {
            counts = NoteQueries.bucketCounts(followUps(), today);
        }
        return counts;
    }

    public long getOverdue() {
        return getCounts().get(FollowUpBucket.OVERDUE);
    }

    public long getDueToday() {
        return getCounts().get(FollowUpBucket.TODAY);
    }

    public long getThisWeek() {
        return getCounts().get(FollowUpBucket.THIS_WEEK);
    }

    /** Overdue and due today, oldest first: what the alert after login lists. */
    public List<NoteRow> getUrgent() {
        if (urgent == null) {
            urgent = followUps().stream().filter(n -> !n.followUpDate().isAfter(today)).toList();
            names = customers.findAll(urgent.stream().map(NoteRow::customerId).distinct().toList(), scopes.current());
        }
        return urgent;
    }

    private List<NoteRow> followUps() {
        if (followUps == null) {
            today = notes.today();
            followUps = queries.followUps(today, null, scopes.current());
        }
        return followUps;
    }

    public List<NoteRow> getShown() {
        return getUrgent().stream().limit(SHOWN).toList();
    }

    public String customerName(long id) {
        getUrgent();
        CustomerSummary customer = names.get(id);
        return customer == null ? "#" + id : customer.name();
    }

    public FollowUpBucket bucket(NoteRow row) {
        return FollowUpBucket.of(row.followUpDate(), notes.today());
    }
}
