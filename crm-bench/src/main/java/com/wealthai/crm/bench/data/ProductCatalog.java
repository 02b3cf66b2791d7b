package com.wealthai.crm.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The product master at benchmark scale: domestic and foreign stocks, funds, bonds, ETFs and REITs,
 * each with its risk level (1–5), price unit and a year of prices ending on the as-of day.
 */
public final class ProductCatalog {

    /** Kinds of product, with the quantity one price refers to and how volatile they are. */
    public enum Kind {
        STOCK("株式", 1, 3, 0.018, 100, 1),
        FOREIGN_STOCK("外国株式", 4, 4, 0.02, 1, 1),
        FUND("投資信託", 10_000, 3, 0.009, 10_000, 0),
        BOND("債券", 100, 1, 0.002, 100, 2),
        ETF("ETF", 1, 3, 0.012, 10, 1),
        REIT("REIT", 1, 3, 0.011, 1, 1);

        final String label;
        final int priceUnit;
        final int baseRisk;
        final double volatility;
        final int lot;
        final int priceScale;

        Kind(String label, int priceUnit, int baseRisk, double volatility, int lot, int priceScale) {
            this.label = label;
            this.priceUnit = priceUnit;
            this.baseRisk = baseRisk;
            this.volatility = volatility;
            this.lot = lot;
            this.priceScale = priceScale;
        }

        /** 株式, 投資信託, …: the category as the product master shows it. */
        public String label() {
            return label;
        }

        /** Commission per trade as a share of the amount (funds: the purchase fee). */
        public BigDecimal commissionRate() {
            return switch (this) {
                case FUND -> new BigDecimal("0.0220");
                case BOND -> BigDecimal.ZERO.setScale(4);
                default -> new BigDecimal("0.0050");
            };
        }

        public BigDecimal priceUnit() {
            return BigDecimal.valueOf(priceUnit);
        }

        public int priceScale() {
            return priceScale;
        }
    }

    /** One product and its prices. */
    public record Product(int id, String code, String name, Kind kind, int riskLevel, String currency, PriceWalk prices) {

        public BigDecimal currentPrice() {
            return prices.last(kind.priceScale);
        }

        public LocalDate priceDate() {
            return prices.day(prices.size() - 1);
        }
    }

    private static final String[] FUND_THEMES = {"日本株インデックス", "全世界株式", "米国株式", "新興国株式", "バランス", "グローバル債券",
            "日本債券", "高配当株", "テクノロジー", "ヘルスケア", "環境・ESG", "J-REIT"};
    private static final String[] STOCK_SECTORS = {"電機", "自動車", "銀行", "商社", "化学", "医薬品", "通信", "小売", "不動産", "機械"};
    private static final String[] FOREIGN = {"Apple", "Microsoft", "NVIDIA", "Amazon", "Alphabet", "Tesla", "Visa", "Nestlé", "ASML", "TSMC"};

    private final List<Product> products;

    private ProductCatalog(List<Product> products) {
        this.products = List.copyOf(products);
    }

    public static ProductCatalog generate(int count, List<LocalDate> tradingDays, SplittableRandom random) {
        List<Product> products = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int id = 1; id <= count; id++) {
            Kind kind = kinds[Math.floorMod(id * 7 + random.nextInt(3), kinds.length)];
            int risk = Math.max(1, Math.min(5, kind.baseRisk + random.nextInt(3) - 1));
            String currency = kind == Kind.FOREIGN_STOCK || (kind == Kind.BOND && random.nextInt(3) == 0) ? "USD" : "JPY";
            double start = switch (kind) {
                case STOCK -> 300 + random.nextInt(9_700);
                case FOREIGN_STOCK -> 20 + random.nextInt(600);
                case FUND -> 8_000 + random.nextInt(25_000);
                case BOND -> 95 + random.nextDouble() * 10;
                case ETF, REIT -> 1_000 + random.nextInt(40_000);
            };
            products.add(new Product(id, String.format(Locale.ROOT, "P%05d", id), name(kind, id, random), kind, risk, currency,
                    PriceWalk.of(tradingDays, start, kind.volatility, 0.0002, random)));
        }
        return new ProductCatalog(products);
    }

    private static String name(Kind kind, int id, SplittableRandom random) {
        return switch (kind) {
            case STOCK -> "日本" + STOCK_SECTORS[random.nextInt(STOCK_SECTORS.length)] + "工業" + id;
            case FOREIGN_STOCK -> FOREIGN[random.nextInt(FOREIGN.length)] + " " + id;
            case FUND -> "ウェルス " + FUND_THEMES[random.nextInt(FUND_THEMES.length)] + "ファンド " + id;
            case BOND -> "第" + id + "回 " + (random.nextBoolean() ? "個人向け社債" : "利付国債");
            case ETF -> "上場インデックスETF " + id;
            case REIT -> "リート投資法人 " + id;
        };
    }

    public List<Product> all() {
        return products;
    }

    public Product byId(int id) {
        return products.get(id - 1);
    }

    public int size() {
        return products.size();
    }

    public static int lot(Kind kind) {
        return kind.lot;
    }
}
