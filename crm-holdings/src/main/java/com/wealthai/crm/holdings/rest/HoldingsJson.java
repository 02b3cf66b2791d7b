package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.holdings.application.BookPortfolio;
import com.wealthai.crm.holdings.application.CustomerPortfolio;
import com.wealthai.crm.holdings.application.HoldingView;
import com.wealthai.crm.holdings.application.RecordedTrade;
import com.wealthai.crm.holdings.application.ValuationPoint;
import com.wealthai.crm.holdings.domain.Allocation;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import com.wealthai.crm.holdings.domain.Trade;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** snake_case JSON of the module's records, named as the seed's columns. */
final class HoldingsJson {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private HoldingsJson() {
    }

    static JsonObjectBuilder holding(HoldingView h, List<SuitabilityFlag> flags) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", h.holdingId()).add("customer_id", h.customerId())
                .add("product_code", h.productCode()).add("product_name", h.productName()).add("category", h.category())
                .add("currency", h.currency()).add("risk_level", h.riskLevel()).add("price_unit", h.priceUnit())
                .add("quantity", h.quantity()).add("purchase_price", h.averagePrice()).add("current_price", h.currentPrice())
                .add("book_value", h.bookValue()).add("market_value", h.marketValue())
                .add("unrealized_gain_loss", h.unrealisedGain()).add("realized_gain_loss", h.realisedGain());
        date(o, "purchase_date", h.purchaseDate());
        date(o, "price_date", h.priceDate());
        date(o, "maturity_date", h.maturityDate());
        amount(o, "fx_rate", h.jpyRate());
        amount(o, "book_value_jpy", h.bookValueJpy());
        amount(o, "market_value_jpy", h.marketValueJpy());
        amount(o, "unrealized_gain_loss_jpy", h.unrealisedGainJpy());
        amount(o, "realized_gain_loss_jpy", h.realisedGainJpy());
        o.add("suitability_flags", flags(flags));
        return o;
    }

    static JsonObjectBuilder customerHoldings(CustomerPortfolio p) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        p.holdings().forEach(h -> items.add(holding(h, p.flagsByProduct().get(h.productCode()))));
        PortfolioAnalysis a = p.analysis();
        return JSON.createObjectBuilder().add("customer_id", p.customer().id()).add("items", items)
                .add("totals", JSON.createObjectBuilder().add("book_value_jpy", a.bookValueJpy())
                        .add("market_value_jpy", a.marketValueJpy()).add("unrealized_gain_loss_jpy", a.unrealisedGainJpy()));
    }

    static JsonObjectBuilder analysis(CustomerPortfolio p, LocalDate today) {
        long unsuitable = p.flagsByProduct().values().stream().filter(f -> !f.isEmpty()).count();
        return figures(p.analysis(), today).add("customer_id", p.customer().id()).add("unsuitable_positions", unsuitable);
    }

    /** The customer's analysis with its value at the last twelve month-ends and today. */
    static JsonObjectBuilder analysis(CustomerPortfolio p, List<ValuationPoint> history, LocalDate today) {
        return analysis(p, today).add("valuation_history", history(history));
    }

    /** A book's analysis: the rep (absent for the caller's whole reach), how many holdings, the figures, the history. */
    static JsonObjectBuilder book(BookPortfolio b, LocalDate today) {
        JsonObjectBuilder o = figures(b.analysis(), today).add("holdings_count", b.holdings());
        if (b.rep() != null) {
            o.add("rep_id", b.rep().id()).add("rep_code", b.rep().repCode()).add("rep_name", b.rep().name())
                    .add("branch", b.rep().branch());
        }
        return o.add("valuation_history", history(b.history()));
    }

    private static JsonObjectBuilder figures(PortfolioAnalysis a, LocalDate today) {
        JsonArrayBuilder inflows = JSON.createArrayBuilder();
        a.cashInflowsNext12Months(today).forEach(f -> inflows.add(JSON.createObjectBuilder().add("date", f.date().toString())
                .add("product_code", f.productCode()).add("product_name", f.productName()).add("kind", f.kind().name())
                .add("amount_jpy", f.amountJpy())));
        JsonArrayBuilder ladder = JSON.createArrayBuilder();
        a.maturityLadder().forEach((year, value) -> ladder.add(JSON.createObjectBuilder().add("year", year).add("market_value_jpy", value)));
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("book_value_jpy", a.bookValueJpy()).add("market_value_jpy", a.marketValueJpy())
                .add("unrealized_gain_loss_jpy", a.unrealisedGainJpy())
                .add("allocation_by_category", allocations(a.byCategory()))
                .add("allocation_by_currency", allocations(a.byCurrency()))
                .add("allocation_by_risk_level", allocations(a.byRiskLevel()))
                .add("largest_position_share", a.largestPositionShare());
        a.largestPosition().ifPresent(p -> o.add("largest_position", JSON.createObjectBuilder().add("product_code", p.productCode())
                .add("product_name", p.productName()).add("share", a.largestPositionShare())));
        return o.add("herfindahl_index", a.herfindahlIndex()).add("concentration", a.concentration().name())
                .add("maturity_ladder", ladder).add("cash_inflows_next_12_months", inflows);
    }

    private static JsonArrayBuilder history(List<ValuationPoint> points) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        points.forEach(p -> a.add(JSON.createObjectBuilder().add("date", p.date().toString()).add("market_value_jpy", p.marketValueJpy())));
        return a;
    }

    static JsonObjectBuilder product(Product p) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", p.getId()).add("product_code", p.getProductCode())
                .add("name", p.getName()).add("category", p.getCategory()).add("currency", p.getCurrency())
                .add("risk_level", p.getRiskLevel()).add("minimum_investment", p.getMinimumInvestment())
                .add("commission_rate", p.getCommissionRate()).add("price_unit", p.getPriceUnit()).add("active", p.isActive());
        if (p.getIssuer() != null) {
            o.add("issuer", p.getIssuer());
        }
        date(o, "maturity_date", p.getMaturityDate());
        amount(o, "interest_rate", p.getInterestRate());
        return o;
    }

    static JsonObjectBuilder transaction(Trade t) {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("id", t.getId()).add("customer_id", t.getCustomerId())
                .add("product_code", t.getProduct().getProductCode()).add("product_name", t.getProduct().getName())
                .add("trade_date", t.getTradeDate().toString()).add("transaction_type", t.getType().name())
                .add("quantity", t.getQuantity()).add("unit_price", t.getUnitPrice()).add("fees", t.getFees())
                .add("realized_gain_loss", t.getRealizedGainLoss()).add("currency", t.getProduct().getCurrency())
                .add("needs_approval", t.isNeedsApproval()).add("entered_by", t.getEnteredBy());
        if (t.getSuitabilityReason() != null) {
            o.add("suitability_reason", t.getSuitabilityReason());
        }
        return o;
    }

    static JsonObjectBuilder recorded(RecordedTrade r) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        if (r.transactionId() != null) {
            o.add("id", r.transactionId());
        }
        return o.add("quantity_after", r.position().quantity()).add("purchase_price_after", r.position().averagePrice())
                .add("realized_gain_loss", r.realisedGain()).add("cash_flow", r.cashFlow())
                .add("needs_approval", r.needsApproval()).add("suitability_flags", flags(r.flags()));
    }

    private static JsonArrayBuilder flags(List<SuitabilityFlag> flags) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        flags.forEach(f -> {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("kind", f.kind().name()).add("product_risk_level", f.productRiskLevel());
            if (f.allowedRiskLevel() != null) {
                o.add("allowed_risk_level", f.allowedRiskLevel());
            }
            a.add(o);
        });
        return a;
    }

    private static JsonArrayBuilder allocations(List<Allocation> allocations) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        allocations.forEach(x -> a.add(JSON.createObjectBuilder().add("key", x.key()).add("market_value_jpy", x.marketValueJpy())
                .add("share", x.share())));
        return a;
    }

    private static void date(JsonObjectBuilder o, String name, LocalDate d) {
        if (d != null) {
            o.add(name, d.toString());
        }
    }

    private static void amount(JsonObjectBuilder o, String name, BigDecimal v) {
        if (v != null) {
            o.add(name, v);
        }
    }
}
