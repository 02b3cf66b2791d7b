package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.notes.application.FollowUpOverview;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.application.SalesNotes;
import com.wealthai.crm.notes.application.UrgentFollowUps;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The dashboard tile "my follow-ups": the counts per bucket and the most urgent few. */
@Named
@RequestScoped
public class FollowUpWidget {

    private static final int SHOWN = 5;

    @Inject
    SalesNotes notes;

    @Inject
    AccessScopes scopes;

    @Inject
    LoginAlert loginAlert;

    @Inject
    FollowUpOverview overview;

    private Boolean alertDue;
    private UrgentFollowUps urgent;
    private Map<FollowUpBucket, Long> counts;

    public Map<FollowUpBucket, Long> getCounts() {
        if (counts == null) {
            counts = overview.counts(scopes.current());
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

    /** Overdue and due today, oldest first, as many as the alert after login lists. */
    public List<NoteRow> getUrgent() {
        return urgent().rows();
    }

    private UrgentFollowUps urgent() {
        if (urgent == null) {
            urgent = overview.urgent(scopes.current(), FollowUpOverview.URGENT_LISTED);
        }
        return urgent;
    }

    /**
     * Whether this page shows the alert: once per session, when something is urgent. Asked once per
     * request (the session's answer changes on the first asking).
     */
    public boolean isAlertDue() {
        if (alertDue == null) {
            alertDue = !getUrgent().isEmpty() && loginAlert.isDue();
        }
        return alertDue;
    }

    /** How many urgent follow-ups the alert does not list. */
    public long getNotListed() {
        return Math.max(0, getOverdue() + getDueToday() - getUrgent().size());
    }

    public List<NoteRow> getShown() {
        return getUrgent().stream().limit(SHOWN).toList();
    }

    public String customerName(long id) {
        return urgent().customerName(id);
    }

    public FollowUpBucket bucket(NoteRow row) {
        return FollowUpBucket.of(row.followUpDate(), notes.today());
    }
}
