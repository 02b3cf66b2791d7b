package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.DemoDataLoader;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.holdings.HoldingsModule;
import com.wealthai.crm.holdings.domain.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Demo data (demo mode only): the product master of 15 products over every category and risk level,
 * two in dollars, three maturing within a year of today, with twelve month-end prices each and the
 * dollar rate for the same dates; then the demo customers' trades and the 38 holdings they make
 * ({@link DemoBook}). The prices follow a fixed wave so every run shows the same figures.
 */
@ApplicationScoped
public class HoldingsDemoData implements DemoDataLoader {

    private static final int MONTHS_OF_HISTORY = 12;

    /** Demo customer ids are small; the directory reports which of these exist. */
    private static final long DEMO_ID_RANGE = 1_000;

    @PersistenceContext(unitName = "crm-holdings")
    EntityManager em;

    /** The customers module's directory; without it only the product master is loaded. */
    @Inject
    Instance<CustomerDirectory> customers;

    @Inject
    CrmMessages messages;

    /** A demo product: maturity in months from today (0 = none), its latest price and how much it swings. */
    record DemoProduct(String code, String name, String category, String currency, int risk, String priceUnit,
                       int maturityMonths, String rate, String price, double swing, String issuer) {
    }

    static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("7203", "トヨタ自動車", "国内株式", "JPY", 4, "1", 0, null, "2850", 0.08, "トヨタ自動車株式会社"),
            new DemoProduct("6758", "ソニーグループ", "国内株式", "JPY", 4, "1", 0, null, "3420", 0.10, "ソニーグループ株式会社"),
            new DemoProduct("8306", "三菱UFJフィナンシャル・グループ", "国内株式", "JPY", 4, "1", 0, null, "1780", 0.09, "三菱UFJフィナンシャル・グループ"),
            new DemoProduct("AAPL", "Apple Inc.", "外国株式", "USD", 5, "1", 0, null, "228.50", 0.12, "Apple Inc."),
            new DemoProduct("MSFT", "Microsoft Corp.", "外国株式", "USD", 5, "1", 0, null, "415.20", 0.10, "Microsoft Corporation"),
            new DemoProduct("F-GLB01", "グローバル株式インデックスファンド", "投資信託", "JPY", 4, "10000", 0, null, "28450", 0.07, "ウェルス投信"),
            new DemoProduct("F-BAL02", "バランスファンド（安定型）", "投資信託", "JPY", 2, "10000", 0, null, "11820", 0.02, "ウェルス投信"),
            new DemoProduct("F-JREIT", "Jリートオープン", "REIT", "JPY", 3, "10000", 0, null, "9650", 0.05, "ウェルス投信"),
            new DemoProduct("JGB-V10", "個人向け国債 変動10年", "国内債券", "JPY", 1, "100", 8, "0.85", "100.00", 0.001, "日本国"),
            new DemoProduct("CB-NTT", "NTT 第80回社債", "国内債券", "JPY", 2, "100", 40, "0.62", "99.40", 0.004, "日本電信電話株式会社"),
            new DemoProduct("UST-2Y", "米国債 2年", "外国債券", "USD", 3, "100", 10, "4.25", "99.60", 0.006, "U.S. Treasury"),
            new DemoProduct("UST-10Y", "米国債 10年", "外国債券", "USD", 3, "100", 110, "4.10", "97.80", 0.02, "U.S. Treasury"),
            new DemoProduct("ETF-1306", "TOPIX連動型上場投信", "ETF", "JPY", 3, "1", 0, null, "2890", 0.06, "野村アセットマネジメント"),
            new DemoProduct("FXD-USD6", "米ドル定期預金 6か月", "外貨預金", "USD", 2, "1", 2, "4.00", "1.00", 0, "ウェルス銀行"),
            new DemoProduct("SB-TRY", "トルコリラ建て債券", "外国債券", "JPY", 5, "100", 30, "12.00", "88.50", 0.05, "国際開発銀行"));

    @Override
    public String moduleId() {
        return HoldingsModule.ID;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(TradeBook.TOKYO);
        for (DemoProduct d : PRODUCTS) {
            Product p = new Product(d.code(), d.name(), d.category(), d.currency(), d.risk(), new BigDecimal(d.priceUnit()));
            p.setIssuer(d.issuer());
            if (d.maturityMonths() > 0) {
                p.setMaturityDate(today.plusMonths(d.maturityMonths()).withDayOfMonth(15));
            }
            p.setInterestRate(d.rate() == null ? null : new BigDecimal(d.rate()));
            p.setCommissionRate(new BigDecimal(d.category().endsWith("株式") ? "1.1" : "0"));
            em.persist(p);
            em.flush();
            for (int m = MONTHS_OF_HISTORY - 1; m >= 0; m--) {
                insertPrice(p.getId(), monthEnd(today, m), wave(new BigDecimal(d.price()), d.swing(), m));
            }
        }
        for (int m = MONTHS_OF_HISTORY - 1; m >= 0; m--) {
            em.createNativeQuery("insert into fx_rates (currency, rate_date, jpy_rate) values ('USD', ?1, ?2)")
                    .setParameter(1, Date.valueOf(monthEnd(today, m)))
                    .setParameter(2, wave(new BigDecimal("151.20"), 0.04, m)).executeUpdate();
        }
        if (customers != null && customers.isResolvable()) {
            List<CustomerSummary> demoCustomers = List.copyOf(customers.get().findAll(
                    LongStream.rangeClosed(1, DEMO_ID_RANGE).boxed().toList(), AccessScope.system()).values());
            new DemoBook(em, messages).load(demoCustomers, today);
        }
    }

    private void insertPrice(long productId, LocalDate date, BigDecimal price) {
        em.createNativeQuery("insert into product_prices (product_id, price_date, price) values (?1, ?2, ?3)")
                .setParameter(1, productId).setParameter(2, Date.valueOf(date)).setParameter(3, price).executeUpdate();
    }

    /** Today for the latest point, else the last day of the month {@code monthsAgo} back. */
    static LocalDate monthEnd(LocalDate today, int monthsAgo) {
        return monthsAgo == 0 ? today : today.minusMonths(monthsAgo).withDayOfMonth(1).plusMonths(1).minusDays(1);
    }

    /** The latest price, moved back in time along a gentle wave, so the history is never flat. */
    static BigDecimal wave(BigDecimal latest, double swing, int monthsAgo) {
        double factor = 1 - swing * Math.sin(monthsAgo * Math.PI / 6) - swing * monthsAgo / 24.0;
        return latest.multiply(BigDecimal.valueOf(factor)).setScale(Math.max(2, latest.scale()), RoundingMode.HALF_UP);
    }
}
