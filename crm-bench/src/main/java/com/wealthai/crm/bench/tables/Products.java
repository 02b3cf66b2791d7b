package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.ProductCatalog.Kind;
import com.wealthai.crm.bench.data.ProductCatalog.Product;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The product master (crm-holdings' table), ids 1…n. */
public final class Products implements TableWriter {

    private final Market market;

    public Products(Market market) {
        this.market = market;
    }

    private static RowMapping<Product> mapping(OffsetDateTime created) {
        return new RowMapping<Product>()
                .column(Product::id, "id", "product_id")
                .column(Product::code, "product_code", "code")
                .column(Product::name, "name", "product_name")
                .column(p -> p.kind().label(), "category", "product_type", "type", "asset_class")
                .column(p -> p.kind() == Kind.BOND ? p.priceDate().plusYears(1 + p.id() % 10) : null, "maturity_date")
                .column(p -> p.kind() == Kind.BOND ? new BigDecimal("0.0050").add(BigDecimal.valueOf(p.id() % 20, 4).multiply(BigDecimal.TEN)) : null,
                        "interest_rate", "coupon_rate")
                .column(p -> p.kind().commissionRate(), "commission_rate")
                .column(p -> p.kind() == Kind.BOND ? new BigDecimal("1000000.00") : BigDecimal.ZERO.setScale(2), "minimum_investment")
                .column(p -> p.kind() == Kind.FUND ? "ウェルス・アセットマネジメント" : null, "issuer")
                .column(Product::riskLevel, "risk_level")
                .column(Product::currency, "currency")
                .column(p -> p.kind().priceUnit(), "price_unit")
                .column(Product::currentPrice, "current_price", "last_price", "price")
                .column(Product::priceDate, "price_date", "current_price_date", "priced_on", "last_price_date")
                .column(p -> true, "active", "enabled")
                .column(p -> "bench", "source")
                .column(p -> created, "created_at", "updated_at", "synced_at")
                .column(p -> 0L, "version");
    }

    @Override
    public String[] tableNames() {
        return new String[] {"products"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        OffsetDateTime created = context.asOf().minusYears(1).atStartOfDay(GenerationContext.TOKYO).toOffsetDateTime();
        try (var rows = mapping(created).bind(context.connection(), table)) {
            for (Product product : market.catalog(context).all()) {
                rows.write(product);
            }
            return rows.rows();
        }
    }
}
