package com.wealthai.crm.holdings.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.holdings.application.BookPortfolio;
import com.wealthai.crm.holdings.application.CustomerPortfolio;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.application.ValuationPoint;
import com.wealthai.crm.holdings.domain.Allocation;
import com.wealthai.crm.holdings.domain.CashInflow;
import com.wealthai.crm.holdings.domain.Concentration;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The portfolio analysis page (ポートフォリオ分析), {@code /holdings/analysis.xhtml}: one customer's
 * ({@code ?customer=}) or a book's ({@code ?rep=}, or without parameter everything the caller
 * reaches). A customer or rep outside the caller's scope answers 404, like the customer page. The
 * figures come from one service call; a book's are aggregated in the database.
 */
@Named
@ViewScoped
public class PortfolioAnalysisPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    /** The page's parameters as typed; parsed in {@link #load()} so that a malformed one answers 404 too. */
    private String customerParam;
    private String repParam;
    private Long customer;
    private Long rep;
    private Long chosenRep;
    private transient CustomerPortfolio portfolio;
    private transient BookPortfolio book;
    private transient List<ValuationPoint> history;
    private LocalDate today;

    /** Loads the customer's or the book's analysis, or answers 404 (also for an id that is not a number). */
    public void load() throws IOException {
        today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        try {
            customer = id(customerParam);
            rep = id(repParam);
            if (customer != null) {
                portfolio = holdings.portfolio(customer);
                history = holdings.valuationHistory(customer, scopes.current());
            } else {
                book = holdings.bookPortfolio(rep, scopes.current());
                history = book.history();
            }
        } catch (RecordNotFoundException | NumberFormatException e) {
            Faces.responseSendError(404, customerParam != null ? "customer not found" : "sales rep not found");
            Faces.responseComplete();
        }
    }

    private static Long id(String param) {
        return param == null || param.isBlank() ? null : Long.valueOf(param.strip());
    }

    public boolean isCustomerView() {
        return customer != null;
    }

    public PortfolioAnalysis getAnalysis() {
        return portfolio != null ? portfolio.analysis() : book.analysis();
    }

    public CustomerSummary getCustomerSummary() {
        return portfolio == null ? null : portfolio.customer();
    }

    /** The rep whose book this is; null for a customer or for the caller's whole reach. */
    public SalesRepSummary getRepSummary() {
        return book == null ? null : book.rep();
    }

    /** How many holdings (customer × product) a book analysis is over. */
    public long getHoldingCount() {
        return book == null ? portfolio.holdings().size() : book.holdings();
    }

    /** Reps whose book the caller may open; a choice only when there is more than one. */
    public List<SalesRepSummary> getReps() {
        return customer != null ? List.of() : holdings.salesReps(scopes.current());
    }

    public List<Allocation> getRiskLevels() {
        return getAnalysis().byRiskLevel().stream()
                .map(a -> new Allocation(messages.get("holdings.analysis.riskLevel", a.key()), a.marketValueJpy(), a.share())).toList();
    }

    public String getCategoryChart() {
        return AllocationChart.doughnut(getAnalysis().byCategory());
    }

    public String getCurrencyChart() {
        return AllocationChart.doughnut(getAnalysis().byCurrency());
    }

    public String getRiskChart() {
        return AllocationChart.doughnut(getRiskLevels());
    }

    public String getLadderChart() {
        Map<Integer, BigDecimal> ladder = getAnalysis().maturityLadder();
        return AnalysisCharts.bar(ladder.keySet().stream().map(String::valueOf).toList(), new ArrayList<>(ladder.values()),
                messages.get("holdings.field.marketValueJpy"));
    }

    /** One rung of the maturity ladder, for the table under the chart. */
    public record Rung(int year, BigDecimal marketValueJpy) {
    }

    public List<Rung> getLadder() {
        return getAnalysis().maturityLadder().entrySet().stream().map(e -> new Rung(e.getKey(), e.getValue())).toList();
    }

    public List<ValuationPoint> getHistory() {
        return history;
    }

    public String getHistoryChart() {
        return AnalysisCharts.line(history.stream().map(p -> p.date().equals(today) ? messages.get("holdings.analysis.today")
                        : p.date().format(MONTH)).toList(),
                history.stream().map(ValuationPoint::marketValueJpy).toList(), messages.get("holdings.field.marketValueJpy"));
    }

    public List<CashInflow> getInflows() {
        return getAnalysis().cashInflowsNext12Months(today);
    }

    public BigDecimal getInflowTotal() {
        return getInflows().stream().map(CashInflow::amountJpy).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A share (0–1) as a percentage with one decimal, e.g. {@code 36.5%}. */
    public String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public String getConcentrationLabel() {
        return messages.get("holdings.analysis.concentration." + getAnalysis().concentration().name());
    }

    /** 1 ÷ Herfindahl: as many equal positions as would be as concentrated, the plain reading of the index. */
    public String getEffectivePositions() {
        BigDecimal hhi = getAnalysis().herfindahlIndex();
        return hhi.signum() == 0 ? "–" : BigDecimal.ONE.divide(hhi, 1, RoundingMode.HALF_UP).toPlainString();
    }

    public String getConcentrationHint() {
        return messages.get("holdings.analysis.herfindahlHint", Concentration.MODERATE_FROM.toPlainString(),
                Concentration.CONCENTRATED_FROM.toPlainString());
    }

    /** Opens the chosen rep's book (none: the caller's whole reach), as a bookmarkable address. */
    public void showRep() throws IOException {
        Faces.redirect(Faces.getRequestContextPath() + "/holdings/analysis.xhtml" + (chosenRep == null ? "" : "?rep=" + chosenRep));
    }

    public Long getChosenRep() { return chosenRep == null ? rep : chosenRep; }
    public void setChosenRep(Long chosenRep) { this.chosenRep = chosenRep; }
    public Long getCustomer() { return customer; }
    public String getCustomerParam() { return customerParam; }
    public void setCustomerParam(String customerParam) { this.customerParam = customerParam; }
    public String getRepParam() { return repParam; }
    public void setRepParam(String repParam) { this.repParam = repParam; }
}
