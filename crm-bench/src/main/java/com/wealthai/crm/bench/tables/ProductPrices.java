package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.ProductCatalog.Product;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

/** A year of daily closing prices per product (crm-holdings' price history), weekdays only. */
public final class ProductPrices implements TableWriter {

    private record Price(long id, int productId, LocalDate day, BigDecimal close) {
    }

    private static final RowMapping<Price> MAPPING = new RowMapping<Price>()
            .column(Price::id, "id", "price_id")
            .column(Price::productId, "product_id")
            .column(Price::day, "price_date", "trade_date", "day", "date", "priced_on")
            .column(Price::close, "price", "close_price", "close", "closing_price");

    private final Market market;

    public ProductPrices(Market market) {
        this.market = market;
    }

    @Override
    public String[] tableNames() {
        return new String[] {"product_prices"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        long id = 0;
        try (var rows = MAPPING.bind(context.connection(), table)) {
            for (Product product : market.catalog(context).all()) {
                for (int day = 0; day < product.prices().size(); day++) {
                    rows.write(new Price(++id, product.id(), product.prices().day(day), product.prices().close(day, product.kind().priceScale())));
                }
            }
            return rows.rows();
        }
    }
}
