package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.StaleVersionException;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.application.PriceImportReport;
import com.wealthai.crm.holdings.application.ProductCatalog;
import com.wealthai.crm.holdings.application.ProductFilter;
import com.wealthai.crm.holdings.application.ProductMasterService;
import com.wealthai.crm.holdings.application.ProductMasterSyncReport;
import com.wealthai.crm.holdings.application.ProductSort;
import com.wealthai.crm.holdings.domain.Product;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * 商品マスタ for administrators: the products a page at a time (filtered and sorted in the database),
 * a product added or changed in a dialog, a price update pasted as CSV (all rows or none, with each
 * bad row named), and a sync from the external Product Master with its report.
 */
@Named
@ViewScoped
public class ProductsAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HoldingsService holdings;

    @Inject
    ProductMasterService productMaster;

    @Inject
    ProductCatalog catalog;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    private String text;
    private String category;
    /** "true", "false" or null (either): a select's value, turned into the filter's Boolean. */
    private String active;
    private ProductForm editing = new ProductForm();
    private transient Long count;
    /** Kept for the view (the filter and the dialog both list them); read again after a save or a sync. */
    private transient List<String> categories;
    private String csv;
    private transient PriceImportReport importReport;
    private transient ProductMasterSyncReport syncReport;

    /** Only administrators keep the product master; anyone else gets the page as if it did not exist. */
    public void guard() throws IOException {
        if (!scopes.current().isAdmin()) {
            Faces.responseSendError(404, "not found");
            Faces.responseComplete();
        }
    }

    private final LazyDataModel<Product> products = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (count == null) {
                count = catalog.count(filter());
            }
            return (int) Math.min(Integer.MAX_VALUE, count);
        }

        @Override
        public List<Product> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
            return catalog.page(filter(), ProductSort.byField(sort == null ? null : sort.getField()), descending, first, pageSize);
        }

        @Override
        public String getRowKey(Product row) {
            return row.getProductCode();
        }
    };

    private ProductFilter filter() {
        return new ProductFilter(text, category, active == null || active.isBlank() ? null : Boolean.valueOf(active));
    }

    public LazyDataModel<Product> getProducts() {
        return products;
    }

    public void search() {
        count = null;
    }

    public void clear() {
        text = null;
        category = null;
        active = null;
        count = null;
    }

    public List<String> getCategories() {
        if (categories == null) {
            categories = catalog.categories();
        }
        return categories;
    }

    public void startAdd() {
        editing = new ProductForm();
    }

    /** Opens the product as it is now, with its version, so that a save over someone else's is refused. */
    public void startEdit(String productCode) {
        editing = ProductForm.of(catalog.find(productCode));
    }

    /** Saves the dialog; a refused save keeps the input and names each problem at its field. */
    public void save() {
        try {
            Product saved = editing.isAdding() ? catalog.add(editing.toInput())
                    : catalog.update(editing.getProductCode(), editing.getVersion(), editing.toInput());
            Messages.addGlobalInfo(messages.get(editing.isAdding() ? "holdings.products.added" : "holdings.products.saved",
                    saved.getProductCode()));
            count = null;
            categories = null;
            PrimeFaces.current().executeScript("PF('productDialog').hide()");
        } catch (InvalidInputException invalid) {
            for (FieldError error : invalid.errors()) {
                Messages.addError("productForm:" + camelCase(error.field()), error.message());
            }
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        } catch (ConflictException taken) {
            Messages.addError("productForm:productCode", taken.getMessage());
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        } catch (StaleVersionException stale) {
            Messages.addError("productForm", stale.getMessage());
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    private static String camelCase(String field) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    public void importPrices() {
        importReport = holdings.importPrices(csv);
        if (importReport.applied()) {
            Messages.addGlobalInfo(messages.get("holdings.products.imported", importReport.pricesApplied(),
                    importReport.holdingsRevalued()));
            csv = null;
        } else {
            Messages.addGlobalError(messages.get("holdings.products.importFailed"));
        }
    }

    public void sync() {
        syncReport = productMaster.sync();
        count = null;
        categories = null;
        if (syncReport.applied()) {
            Messages.addGlobalInfo(messages.get("holdings.products.synced", syncReport.received(), syncReport.created(),
                    syncReport.updated()));
        } else {
            syncReport.errors().forEach(e -> Messages.addGlobalError(messages.get("holdings.products.syncFailed", e)));
        }
    }

    public PriceImportReport getImportReport() {
        return importReport;
    }

    public ProductForm getEditing() {
        return editing;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getActive() { return active; }
    public void setActive(String active) { this.active = active; }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }
}
