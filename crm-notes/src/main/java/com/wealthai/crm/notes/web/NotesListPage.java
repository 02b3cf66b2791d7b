package com.wealthai.crm.notes.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.TableExport;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.application.NoteFilter;
import com.wealthai.crm.notes.application.NoteQueries;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.application.NoteSort;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import com.wealthai.crm.notes.domain.RichText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The notes list: by customer ({@code ?customer=}) or by rep, filtered by type, priority, status,
 * follow-up dates and text (any part of title or content, Japanese included), a page at a time,
 * exportable as CSV or Excel.
 */
@Named
@ViewScoped
public class NotesListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EXPORT_MAX = 50_000;

    @Inject
    NoteQueries queries;

    @Inject
    CustomerDirectory customers;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    @Inject
    AuditTrail audit;

    private Long customerId;
    private Long salesRepId;
    private NoteType noteType;
    private NotePriority priority;
    private NoteStatus status;
    private LocalDate followUpFrom;
    private LocalDate followUpTo;
    private String text;
    private final CustomerNames customerNames = new CustomerNames();

    private final LazyDataModel<NoteRow> notes = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, queries.count(filter(), scopes.current()));
        }

        @Override
        public List<NoteRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            NoteSort sort = NoteSort.NOTE_DATE;
            boolean descending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = NoteSort.valueOf(meta.getField().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
            List<NoteRow> rows = queries.page(filter(), sort, descending, first, pageSize, scopes.current());
            remember(rows);
            return rows;
        }

        @Override
        public String getRowKey(NoteRow row) {
            return String.valueOf(row.id());
        }
    };

    private void remember(List<NoteRow> rows) {
        customerNames.remember(rows, customers, scopes.current());
    }

    private NoteFilter filter() {
        return new NoteFilter(customerId, salesRepId, noteType, priority, status, followUpFrom, followUpTo, null, text);
    }

    public void clear() {
        salesRepId = null;
        noteType = null;
        priority = null;
        status = null;
        followUpFrom = null;
        followUpTo = null;
        text = null;
    }

    public String customerName(long id) {
        return customerNames.name(id);
    }

    public CustomerSummary getCustomer() {
        if (customerId == null) {
            return null;
        }
        if (customerNames.get(customerId) == null) {
            customers.find(customerId, scopes.current()).ifPresent(customerNames::put);
        }
        return customerNames.get(customerId);
    }

    public String excerpt(NoteRow row) {
        String plain = RichText.plainText(row.content()).replace('\n', ' ');
        return plain.length() > 80 ? plain.substring(0, 80) + "…" : plain;
    }

    public List<SalesRepSummary> getSalesReps() {
        return customers.salesReps(scopes.current());
    }

    public void exportCsv() throws IOException {
        List<NoteRow> rows = exportRows();
        Faces.sendFile("sales-notes.csv", true, out -> TableExport.csv(out, columns(), rows));
    }

    public void exportExcel() throws IOException {
        List<NoteRow> rows = exportRows();
        Faces.sendFile("sales-notes.xlsx", true, out -> TableExport.xlsx(out, messages.get("notes.list.title"), columns(), rows));
    }

    private List<NoteRow> exportRows() {
        List<NoteRow> rows = queries.page(filter(), NoteSort.NOTE_DATE, true, 0, EXPORT_MAX, scopes.current());
        remember(rows);
        audit.record(AuditAction.EXPORT, NotesModule.ID, "sales_note", null, "rows=" + rows.size());
        return rows;
    }

    private List<TableExport.Column<NoteRow>> columns() {
        return List.of(
                new TableExport.Column<>("note_id", NoteRow::id),
                new TableExport.Column<>(messages.get("notes.field.noteDate"), NoteRow::noteDate),
                new TableExport.Column<>(messages.get("notes.field.customer"), r -> customerName(r.customerId())),
                new TableExport.Column<>(messages.get("notes.field.noteType"), r -> messages.get(r.noteType().labelKey())),
                new TableExport.Column<>(messages.get("notes.field.title"), NoteRow::title),
                new TableExport.Column<>(messages.get("notes.field.content"), r -> RichText.plainText(r.content())),
                new TableExport.Column<>(messages.get("notes.field.followUpDate"), NoteRow::followUpDate),
                new TableExport.Column<>(messages.get("notes.field.priority"), r -> messages.get(r.priority().labelKey())),
                new TableExport.Column<>(messages.get("notes.field.status"), r -> messages.get(r.status().labelKey())));
    }

    public LazyDataModel<NoteRow> getNotes() {
        return notes;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public Long getSalesRepId() {
        return salesRepId;
    }

    public void setSalesRepId(Long salesRepId) {
        this.salesRepId = salesRepId;
    }

    public NoteType getNoteType() {
        return noteType;
    }

    public void setNoteType(NoteType noteType) {
        this.noteType = noteType;
    }

    public NotePriority getPriority() {
        return priority;
    }

    public void setPriority(NotePriority priority) {
        this.priority = priority;
    }

    public NoteStatus getStatus() {
        return status;
    }

    public void setStatus(NoteStatus status) {
        this.status = status;
    }

    public LocalDate getFollowUpFrom() {
        return followUpFrom;
    }

    public void setFollowUpFrom(LocalDate followUpFrom) {
        this.followUpFrom = followUpFrom;
    }

    public LocalDate getFollowUpTo() {
        return followUpTo;
    }

    public void setFollowUpTo(LocalDate followUpTo) {
        this.followUpTo = followUpTo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
