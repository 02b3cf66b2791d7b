package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.domain.Holding;
import com.wealthai.crm.holdings.domain.SuitabilityFlag;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import com.wealthai.crm.holdings.domain.TradeType;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo customers' trades: 38 positions over the 18 demo customers (the seed's figure), built only
 * by recording BUY and SELL trades through {@link TradeBook}, so every holding agrees with its
 * history exactly as one entered on the page would. Each trade is dated at a month end of the demo
 * price history and made at that day's price, so the figures follow the prices: bought near the
 * highs of nine months ago shows a loss today, bought near the lows of three months ago a gain, and
 * the sells realise gains or losses accordingly. Buys above a customer's risk tolerance carry the
 * reason the rules ask for; buys of customers aged 75 or more are flagged for approval by the rules.
 */
final class DemoBook {

    /** Stands in for the rep's note on a buy above the customer's tolerance (the rules require one). */
    static final String DEMO_REASON = "お客様のご意向を確認のうえ、資産の一部として購入（デモデータ）";

    /** One demo trade: customer code, product, months before today, BUY or SELL, quantity. */
    record DemoTrade(String customerCode, String productCode, int monthsAgo, String type, String quantity) {
    }

    static final List<DemoTrade> TRADES = List.of(
            // R001's book: gains, losses, a realised loss and a position above tolerance (山田).
            buy("C0001", "7203", 9, "500"), buy("C0001", "7203", 4, "300"), sell("C0001", "7203", 1, "200"),
            buy("C0001", "ETF-1306", 3, "1000"), buy("C0001", "UST-10Y", 8, "50000"),
            buy("C0002", "JGB-V10", 10, "10000000"), buy("C0002", "F-BAL02", 4, "5000000"),
            buy("C0003", "AAPL", 9, "100"),
            buy("C0003", "F-GLB01", 5, "2000000"), buy("C0003", "F-GLB01", 2, "1000000"),
            buy("C0003", "8306", 4, "1000"), sell("C0003", "8306", 1, "400"),
            // R002
            buy("C0004", "F-JREIT", 7, "3000000"), buy("C0004", "ETF-1306", 2, "500"),
            buy("C0005", "MSFT", 9, "50"), sell("C0005", "MSFT", 3, "20"), buy("C0005", "SB-TRY", 6, "2000000"),
            // R003
            buy("C0006", "JGB-V10", 9, "20000000"),
            buy("C0006", "7203", 10, "1000"), sell("C0006", "7203", 6, "500"),
            buy("C0007", "6758", 8, "200"), buy("C0007", "6758", 3, "100"), buy("C0007", "UST-2Y", 5, "30000"),
            // R004
            buy("C0008", "F-JREIT", 2, "1000000"), buy("C0008", "FXD-USD6", 4, "5000"),
            buy("C0009", "8306", 5, "2000"), sell("C0009", "8306", 1, "500"),
            buy("C0009", "UST-10Y", 10, "100000"),
            buy("C0010", "CB-NTT", 7, "2000000"), buy("C0010", "F-BAL02", 5, "2000000"),
            // R005
            buy("C0011", "AAPL", 11, "300"), sell("C0011", "AAPL", 4, "100"), buy("C0011", "SB-TRY", 2, "5000000"),
            buy("C0012", "F-BAL02", 9, "3000000"), buy("C0012", "JGB-V10", 6, "5000000"),
            // R006
            buy("C0013", "ETF-1306", 10, "2000"), sell("C0013", "ETF-1306", 3, "500"), buy("C0013", "CB-NTT", 9, "10000000"),
            buy("C0014", "F-GLB01", 4, "1000000"), buy("C0014", "6758", 1, "100"),
            // R007
            buy("C0015", "JGB-V10", 11, "15000000"), buy("C0015", "8306", 10, "500"),
            buy("C0016", "AAPL", 2, "20"), buy("C0016", "ETF-1306", 5, "200"),
            // the corporations (R003, R006)
            buy("C0017", "JGB-V10", 8, "50000000"), buy("C0017", "FXD-USD6", 3, "100000"),
            buy("C0018", "CB-NTT", 11, "30000000"), buy("C0018", "JGB-V10", 10, "100000000"));

    private final EntityManager em;
    private final CrmMessages messages;

    DemoBook(EntityManager em, CrmMessages messages) {
        this.em = em;
        this.messages = messages;
    }

    private static DemoTrade buy(String customer, String product, int monthsAgo, String quantity) {
        return new DemoTrade(customer, product, monthsAgo, "BUY", quantity);
    }

    private static DemoTrade sell(String customer, String product, int monthsAgo, String quantity) {
        return new DemoTrade(customer, product, monthsAgo, "SELL", quantity);
    }

    /**
     * Records the demo trades of the customers present (by customer code), oldest first, then sets
     * every holding's current price to the latest price; returns how many trades were recorded.
     */
    int load(List<CustomerSummary> customers, LocalDate today) {
        Map<String, CustomerSummary> byCode = customers.stream()
                .collect(Collectors.toMap(CustomerSummary::customerCode, Function.identity(), (a, b) -> a));
        Map<String, HoldingsDemoData.DemoProduct> products = HoldingsDemoData.PRODUCTS.stream()
                .collect(Collectors.toMap(HoldingsDemoData.DemoProduct::code, Function.identity()));
        SuitabilityPolicy policy = SuitabilityPolicy.defaults();
        TradeBook book = new TradeBook(em, messages, policy);
        List<DemoTrade> ordered = TRADES.stream()
                .sorted(Comparator.comparingInt(DemoTrade::monthsAgo).reversed()).toList();
        int recorded = 0;
        for (DemoTrade t : ordered) {
            CustomerSummary customer = byCode.get(t.customerCode());
            if (customer == null) {
                continue;
            }
            HoldingsDemoData.DemoProduct product = products.get(t.productCode());
            BigDecimal price = HoldingsDemoData.wave(new BigDecimal(product.price()), product.swing(), t.monthsAgo());
            BigDecimal quantity = new BigDecimal(t.quantity());
            boolean needsReason = policy.assessTrade(customer.riskTolerance(), customer.age(), product.risk(),
                    TradeType.valueOf(t.type())).stream().anyMatch(SuitabilityFlag::needsReason);
            book.record(customer, new TradeRequest(customer.id(), t.productCode(), t.type(),
                    HoldingsDemoData.monthEnd(today, t.monthsAgo()), quantity, price, fees(product, quantity, price),
                    needsReason ? DEMO_REASON : null), "demo");
            recorded++;
        }
        revalue(products);
        return recorded;
    }

    /** The demo's commission: the product's rate on the gross amount (shares only), in whole yen or cents. */
    static BigDecimal fees(HoldingsDemoData.DemoProduct product, BigDecimal quantity, BigDecimal price) {
        if (!product.category().endsWith("株式")) {
            return BigDecimal.ZERO;
        }
        BigDecimal gross = quantity.multiply(price).divide(new BigDecimal(product.priceUnit()), 6, RoundingMode.HALF_UP);
        return gross.multiply(new BigDecimal("0.011")).setScale("JPY".equals(product.currency()) ? 0 : 2, RoundingMode.HALF_UP);
    }

    private void revalue(Map<String, HoldingsDemoData.DemoProduct> products) {
        for (Holding h : em.createQuery("select h from Holding h join fetch h.product", Holding.class).getResultList()) {
            h.revalue(new BigDecimal(products.get(h.getProduct().getProductCode()).price()));
        }
        em.flush();
    }
}
