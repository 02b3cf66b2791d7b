package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.application.PriceImportReport;
import com.wealthai.crm.holdings.application.ProductMasterService;
import com.wealthai.crm.holdings.application.ProductMasterSyncReport;
import com.wealthai.crm.holdings.domain.Product;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * 商品マスタ for administrators: the products, a price update pasted as CSV (all rows or none, with
 * each bad row named), and a sync from the external Product Master with its report.
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
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    private transient List<Product> products;
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

    public List<Product> getProducts() {
        if (products == null) {
            products = holdings.products(false);
        }
        return products;
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
        products = null;
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

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }
}
