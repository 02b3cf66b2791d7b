package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.TableExport;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.holdings.application.BookTotals;
import com.wealthai.crm.holdings.application.HoldingFilter;
import com.wealthai.crm.holdings.application.HoldingSort;
import com.wealthai.crm.holdings.application.HoldingView;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * The book-wide holdings list (保有商品一覧): the caller's own book, branch or everything, a page at a
 * time from the database, sorted there, with the totals of the filtered set.
 */
@Named
@ViewScoped
public class HoldingsListPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int EXPORT_LIMIT = 10_000;

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    private String text;
    private String category;
    private String currency;
    private boolean unsuitableOnly;
    private Long salesRepId;
    private final Map<Long, CustomerSummary> names = new HashMap<>();
    private transient BookTotals totals;
    private transient List<SalesRepSummary> salesReps;

    private final LazyDataModel<HoldingView> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, getTotals().positions());
        }

        @Override
        public List<HoldingView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            boolean descending = sort == null || sort.getOrder() == SortOrder.DESCENDING;
            List<HoldingView> page = holdings.bookPage(filter(), scopes.current(),
                    HoldingSort.byField(sort == null ? null : sort.getField()), descending, first, pageSize);
            names.putAll(holdings.customers(page.stream().map(HoldingView::customerId).distinct().toList(), scopes.current()));
            return page;
        }

        @Override
        public String getRowKey(HoldingView row) {
            return String.valueOf(row.holdingId());
        }
    };

    private HoldingFilter filter() {
        return new HoldingFilter(text, category, currency, unsuitableOnly, salesRepId);
    }

    public void search() {
        totals = null;
    }

    public void clear() {
        text = null;
        category = null;
        currency = null;
        unsuitableOnly = false;
        salesRepId = null;
        totals = null;
    }

    public BookTotals getTotals() {
        if (totals == null) {
            totals = holdings.bookTotals(filter(), scopes.current());
        }
        return totals;
    }

    public LazyDataModel<HoldingView> getRows() {
        return rows;
    }

    public List<String> getCategories() {
        return holdings.bookCategories(scopes.current());
    }

    /** The reps the caller may narrow the list to: a manager's branch, everyone for an admin; none for a rep. */
    public List<SalesRepSummary> getSalesReps() {
        if (salesReps == null) {
            salesReps = holdings.salesReps(scopes.current());
        }
        return salesReps;
    }

    public boolean isRepChoice() {
        return getSalesReps().size() > 1;
    }

    public List<String> getCurrencies() {
        return List.of("JPY", "USD");
    }

    public String customerName(long customerId) {
        CustomerSummary c = names.get(customerId);
        return c == null ? "#" + customerId : c.name();
    }

    public String customerCode(long customerId) {
        CustomerSummary c = names.get(customerId);
        return c == null ? "" : c.customerCode();
    }

    public String salesRep(long customerId) {
        CustomerSummary c = names.get(customerId);
        return c == null ? "" : c.salesRepName();
    }

    public StreamedContent getCsv() {
        return export("csv", "text/csv; charset=UTF-8");
    }

    public StreamedContent getExcel() {
        return export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** The whole filtered list (up to the export limit), within the caller's scope, audited like the customers' export. */
    private StreamedContent export(String format, String contentType) {
        List<HoldingView> all = holdings.bookPage(filter(), scopes.current(), HoldingSort.CUSTOMER, false, 0, EXPORT_LIMIT);
        Map<Long, CustomerSummary> customers = holdings.customers(all.stream().map(HoldingView::customerId).distinct().toList(),
                scopes.current());
        List<TableExport.Column<HoldingView>> columns = List.of(
                new TableExport.Column<>("customer_code",
                        h -> customers.containsKey(h.customerId()) ? customers.get(h.customerId()).customerCode() : ""),
                new TableExport.Column<>(messages.get("holdings.field.customer"),
                        h -> customers.containsKey(h.customerId()) ? customers.get(h.customerId()).name() : ""),
                new TableExport.Column<>("product_code", HoldingView::productCode),
                new TableExport.Column<>(messages.get("holdings.field.product"), HoldingView::productName),
                new TableExport.Column<>(messages.get("holdings.field.category"), HoldingView::category),
                new TableExport.Column<>(messages.get("holdings.field.currency"), HoldingView::currency),
                new TableExport.Column<>(messages.get("holdings.field.quantity"), HoldingView::quantity),
                new TableExport.Column<>(messages.get("holdings.field.averagePrice"), HoldingView::averagePrice),
                new TableExport.Column<>(messages.get("holdings.field.currentPrice"), HoldingView::currentPrice),
                new TableExport.Column<>(messages.get("holdings.field.bookValueJpy"), HoldingView::bookValueJpy),
                new TableExport.Column<>(messages.get("holdings.field.marketValueJpy"), HoldingView::marketValueJpy),
                new TableExport.Column<>(messages.get("holdings.field.unrealisedGain"), HoldingView::unrealisedGainJpy));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if ("csv".equals(format)) {
            TableExport.csv(out, columns, all);
        } else {
            TableExport.xlsx(out, messages.get("holdings.list.title"), columns, all);
        }
        audit.record(AuditAction.EXPORT, HoldingsModule.ID, "holding", null,
                format + " rows=" + all.size() + (unsuitableOnly ? " unsuitable_only" : ""));
        byte[] bytes = out.toByteArray();
        String name = "holdings-" + LocalDate.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.BASIC_ISO_DATE) + "." + format;
        return DefaultStreamedContent.builder().name(name).contentType(contentType).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public boolean isUnsuitableOnly() { return unsuitableOnly; }
    public void setUnsuitableOnly(boolean unsuitableOnly) { this.unsuitableOnly = unsuitableOnly; }
    public Long getSalesRepId() { return salesRepId; }
    public void setSalesRepId(Long salesRepId) { this.salesRepId = salesRepId; }
}
