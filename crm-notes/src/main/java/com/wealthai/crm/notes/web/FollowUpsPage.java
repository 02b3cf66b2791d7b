package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.notes.application.NoteQueries;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.application.SalesNotes;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The follow-up view: what is overdue, due today and due later this week (dates in Tokyo), for the
 * rep, or for a branch's reps when a manager picks one; and a calendar of follow-ups by month.
 */
@Named
@ViewScoped
public class FollowUpsPage implements Serializable {

    static final int SHOWN_PER_BUCKET = 50;

    private static final long serialVersionUID = 1L;

    @Inject
    NoteQueries queries;

    @Inject
    SalesNotes notes;

    @Inject
    CustomerDirectory customers;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    private Long salesRepId;
    private Map<FollowUpBucket, List<NoteRow>> buckets;
    private final CustomerNames customerNames = new CustomerNames();

    private final ScheduleModel calendar = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            List<NoteRow> rows = queries.followUpsBetween(start.toLocalDate(), end.toLocalDate(), salesRepId, scopes.current());
            remember(rows);
            LocalDate today = notes.today();
            for (NoteRow row : rows) {
                String style = !row.status().isOpen() ? "follow-up-done"
                        : "follow-up-" + FollowUpBucket.of(row.followUpDate(), today).name().toLowerCase(java.util.Locale.ROOT);
                addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(row.id()))
                        .title(customerName(row.customerId()) + " " + row.title())
                        .startDate(row.followUpDate().atStartOfDay())
                        .endDate(row.followUpDate().atStartOfDay())
                        .allDay(true)
                        .styleClass(style)
                        .url(facesContextPath() + "/notes/edit.xhtml?id=" + row.id())
                        .build());
            }
        }
    };

    private static String facesContextPath() {
        return org.omnifaces.util.Faces.getRequestContextPath();
    }

    public Map<FollowUpBucket, List<NoteRow>> getBuckets() {
        if (buckets == null) {
            LocalDate today = notes.today();
            buckets = new EnumMap<>(FollowUpBucket.class);
            for (FollowUpBucket bucket : List.of(FollowUpBucket.OVERDUE, FollowUpBucket.TODAY, FollowUpBucket.THIS_WEEK)) {
                buckets.put(bucket, new ArrayList<>());
            }
            List<NoteRow> rows = queries.followUps(today, salesRepId, scopes.current());
            remember(rows);
            rows.forEach(row -> buckets.get(FollowUpBucket.of(row.followUpDate(), today)).add(row));
        }
        return buckets;
    }

    /**
     * The first {@value #SHOWN_PER_BUCKET} of a bucket, the most urgent first: a branch's or the whole
     * firm's week holds hundreds or thousands, each with its buttons, more than anyone works through
     * on one page; the rep filter narrows it.
     */
    public List<NoteRow> shown(FollowUpBucket bucket) {
        List<NoteRow> rows = getBuckets().get(bucket);
        return rows.size() <= SHOWN_PER_BUCKET ? rows : rows.subList(0, SHOWN_PER_BUCKET);
    }

    /** How many of a bucket's follow-ups {@link #shown} leaves out. */
    public int notShown(FollowUpBucket bucket) {
        return Math.max(0, getBuckets().get(bucket).size() - SHOWN_PER_BUCKET);
    }

    public List<FollowUpBucket> getBucketOrder() {
        return List.of(FollowUpBucket.OVERDUE, FollowUpBucket.TODAY, FollowUpBucket.THIS_WEEK);
    }

    /** After a complete or postpone, or a change of rep: read again. */
    public void refresh() {
        buckets = null;
    }

    private void remember(List<NoteRow> rows) {
        customerNames.remember(rows, customers, scopes.current());
    }

    public String customerName(long id) {
        return customerNames.name(id);
    }

    public LocalDate getToday() {
        return notes.today();
    }

    public ZoneId getZone() {
        return ZoneId.of("Asia/Tokyo");
    }

    public boolean isRepChoice() {
        return getSalesReps().size() > 1;
    }

    public List<SalesRepSummary> getSalesReps() {
        return customers.salesReps(scopes.current());
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public Long getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(Long salesRepId) {
        this.salesRepId = salesRepId;
    }
}
