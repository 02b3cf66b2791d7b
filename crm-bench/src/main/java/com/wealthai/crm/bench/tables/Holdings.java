package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.HoldingsPlan;
import com.wealthai.crm.bench.data.ProductCatalog.Product;
import com.wealthai.crm.bench.data.TradeHistory;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Positions (crm-holdings' table), ids 1…n, each the outcome of its generated trades. */
public final class Holdings implements TableWriter {

    private record Holding(long id, int customerId, Product product, TradeHistory history, OffsetDateTime createdAt) {

        BigDecimal marketValue() {
            return TradeHistory.value(product.currentPrice(), history.quantity(), product.kind().priceUnit(), TradeHistory.amountScale(product));
        }

        BigDecimal bookValue() {
            return TradeHistory.value(history.averagePrice(), history.quantity(), product.kind().priceUnit(), TradeHistory.amountScale(product));
        }
    }

    private static final RowMapping<Holding> MAPPING = new RowMapping<Holding>()
            .column(Holding::id, "id", "holding_id")
            .column(Holding::customerId, "customer_id")
            .column(h -> h.product().id(), "product_id")
            .column(h -> h.history().quantity(), "quantity")
            .column(h -> h.history().averagePrice(), "average_price", "avg_price", "purchase_price", "average_cost", "acquisition_price")
            .column(h -> h.history().openedOn(), "purchase_date", "opened_on", "first_purchase_date", "acquired_on")
            .column(h -> h.product().currentPrice(), "current_price")
            .column(Holding::marketValue, "market_value")
            .column(Holding::bookValue, "book_value", "cost_basis")
            .column(h -> h.marketValue().subtract(h.bookValue()), "unrealized_gain_loss", "unrealised_gain", "unrealized_gain")
            .column(h -> h.history().realisedGain(), "realized_gain_loss", "realised_gain", "realized_gain")
            .column(h -> h.product().currency(), "currency")
            .column(Holding::createdAt, "created_at", "updated_at")
            .column(h -> 0L, "version");

    private final Market market;

    public Holdings(Market market) {
        this.market = market;
    }

    @Override
    public String[] tableNames() {
        return new String[] {"holdings"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        HoldingsPlan plan = market.plan(context);
        try (var rows = MAPPING.bind(context.connection(), table)) {
            for (int h = 1; h <= plan.holdings(); h++) {
                TradeHistory history = plan.historyOf(h);
                rows.write(new Holding(h, plan.customerOf(h), plan.productOf(h), history,
                        history.openedOn().atTime(15, 0).atZone(GenerationContext.TOKYO).toOffsetDateTime()));
            }
            return rows.rows();
        }
    }
}
