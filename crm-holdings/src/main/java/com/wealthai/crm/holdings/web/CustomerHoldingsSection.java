package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.customers.api.CustomerContext;
import com.wealthai.crm.holdings.application.CustomerPortfolio;
import com.wealthai.crm.holdings.application.CustomerSection;
import com.wealthai.crm.holdings.application.HoldingView;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.application.RecordedTrade;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import com.wealthai.crm.holdings.domain.Trade;
import com.wealthai.crm.holdings.domain.TradeType;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * The holdings section of the customer page: positions with their gains and losses, totals, the
 * allocation chart, suitability warnings, the latest trades, and the dialog that records a trade in
 * two steps (check and confirm the resulting position, then record).
 */
@Named
@ViewScoped
public class CustomerHoldingsSection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RECENT_TRADES = 10;
    static final int PRODUCT_SUGGESTIONS = 20;

    /** A suitability warning as shown: the product and the reason in the user's language. */
    public record Warning(String productCode, String productName, String reason) implements Serializable {
    }

    @Inject
    HoldingsService holdings;

    /** The customer page's bean; looked up when the section renders (it lives in crm-customers). */
    @Inject
    Instance<CustomerContext> customerPage;

    @Inject
    CrmMessages messages;

    /** Positions, realised gains and latest trades, read together once per request that shows them. */
    private transient CustomerSection section;
    private TradeForm form = new TradeForm();
    private transient RecordedTrade preview;
    private final java.util.HashMap<String, String> productLabels = new java.util.HashMap<>();

    private CustomerSection section() {
        if (section == null) {
            section = holdings.customerSection(customerId(), RECENT_TRADES);
        }
        return section;
    }

    public CustomerPortfolio getPortfolio() {
        return section().portfolio();
    }

    public List<HoldingView> getPositions() {
        return getPortfolio().holdings();
    }

    public BigDecimal getRealisedGainJpy() {
        return section().realisedGainJpy();
    }

    public List<Trade> getRecentTrades() {
        return section().recentTrades();
    }

    public String getAllocationChart() {
        return AllocationChart.doughnut(getPortfolio().analysis().byCategory());
    }

    public List<Warning> getWarnings() {
        List<Warning> warnings = new ArrayList<>();
        for (HoldingView h : getPositions()) {
            for (SuitabilityFlag flag : getPortfolio().flagsByProduct().getOrDefault(h.productCode(), List.of())) {
                warnings.add(new Warning(h.productCode(), h.productName(), reason(flag)));
            }
        }
        return warnings;
    }

    public boolean unsuitable(HoldingView h) {
        return !getPortfolio().flagsByProduct().getOrDefault(h.productCode(), List.of()).isEmpty();
    }

    /**
     * The product picker's suggestions, as product codes: those whose code or name contains the typed
     * text, or, before anything is typed, the products the customer holds (the ones a sale needs).
     */
    public List<String> completeProduct(String typed) {
        List<Product> found = typed == null || typed.isBlank()
                ? holdings.productsByCode(getPositions().stream().map(HoldingView::productCode).toList())
                : holdings.findProducts(typed, PRODUCT_SUGGESTIONS);
        found.forEach(p -> productLabels.put(p.getProductCode(), messages.get("holdings.trade.productLabel",
                p.getProductCode(), p.getName(), p.getCategory(), p.getRiskLevel())));
        return found.stream().map(Product::getProductCode).toList();
    }

    /** How a suggested or chosen product reads in the picker: code, name, category and risk level. */
    public String productLabel(String productCode) {
        return productCode == null ? "" : productLabels.getOrDefault(productCode, productCode);
    }

    public TradeType[] getTradeTypes() {
        return new TradeType[] {TradeType.BUY, TradeType.SELL};
    }

    /** Step one: check the trade and show what it would do; nothing is written. */
    public void check() {
        try {
            preview = holdings.preview(form.toRequest(customerId()));
        } catch (InvalidInputException e) {
            preview = null;
            TradeFieldMessages.show("tradeForm", e);
        } catch (ConflictException | RecordNotFoundException e) {
            preview = null;
            Messages.addGlobalError(e.getMessage());
        }
    }

    /** Step two: record it; the section then shows the new position and the trade at the top of the history. */
    public void record() {
        try {
            RecordedTrade recorded = holdings.record(form.toRequest(customerId()));
            Messages.addGlobalInfo(messages.get("holdings.trade.recorded", form.getProductCode(),
                    recorded.position().quantity().stripTrailingZeros().toPlainString()));
            form = new TradeForm();
            preview = null;
            section = null;
            PrimeFaces.current().executeScript("PF('tradeDialog').hide()");
        } catch (InvalidInputException e) {
            TradeFieldMessages.show("tradeForm", e);
        } catch (ConflictException | RecordNotFoundException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    /** Back from the confirmation to the form, keeping what was typed. */
    public void edit() {
        preview = null;
    }

    public List<String> getPreviewWarnings() {
        return preview == null ? List.of() : preview.flags().stream().map(this::reason).toList();
    }

    private String reason(SuitabilityFlag flag) {
        return messages.get(flag.reasonKey(), flag.productRiskLevel(), flag.allowedRiskLevel() == null ? "" : flag.allowedRiskLevel());
    }

    private long customerId() {
        return customerPage.get().getCustomerId();
    }

    /** For the link to the customer's portfolio analysis. */
    public long getCustomerId() {
        return customerId();
    }

    public TradeForm getForm() {
        return form;
    }

    public RecordedTrade getPreview() {
        return preview;
    }
}
