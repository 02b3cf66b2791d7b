package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.HoldingsPlan;
import com.wealthai.crm.bench.data.ProductCatalog.Product;
import com.wealthai.crm.bench.data.TradeHistory;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** The trade history (crm-holdings' table), ids 1…n in holding order; the holdings are its outcome. */
public final class Transactions implements TableWriter {

    private record Row(long id, int holdingId, int customerId, Product product, TradeHistory.Trade trade, OffsetDateTime at,
                       String enteredBy) {
    }

    private static final RowMapping<Row> MAPPING = new RowMapping<Row>()
            .column(Row::id, "id", "transaction_id", "trade_id")
            .column(Row::holdingId, "holding_id")
            .column(Row::customerId, "customer_id")
            .column(r -> r.product().id(), "product_id")
            .column(r -> r.trade().type(), "transaction_type", "trade_type", "type")
            .column(r -> r.trade().date(), "trade_date", "transaction_date", "executed_on")
            .column(r -> r.trade().date().plusDays(2), "settlement_date")
            .column(r -> r.trade().quantity(), "quantity")
            .column(r -> r.trade().price(), "unit_price", "price")
            .column(r -> r.trade().gross(), "gross_amount", "amount")
            .column(r -> r.trade().fees(), "fees", "fee", "commission")
            .column(r -> r.trade().net(), "net_amount", "settlement_amount")
            .column(r -> r.trade().realisedGain(), "realized_gain_loss", "realised_gain", "realized_gain")
            .column(r -> r.product().currency(), "currency")
            .column(Row::at, "created_at", "updated_at", "executed_at")
            .column(Row::enteredBy, "entered_by", "created_by")
            .column(r -> false, "needs_approval")
            .column(r -> 0L, "version");

    private final Market market;

    public Transactions(Market market) {
        this.market = market;
    }

    @Override
    public String[] tableNames() {
        return new String[] {"transactions"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        HoldingsPlan plan = market.plan(context);
        long id = 0;
        try (var rows = MAPPING.bind(context.connection(), table)) {
            for (int h = 1; h <= plan.holdings(); h++) {
                Product product = plan.productOf(h);
                for (TradeHistory.Trade trade : plan.historyOf(h).trades()) {
                    int customer = plan.customerOf(h);
                    rows.write(new Row(++id, h, customer, product, trade,
                            trade.date().atTime(10, trade.sequence() % 60).atZone(GenerationContext.TOKYO).toOffsetDateTime(),
                            context.layout().repLogin(context.layout().repOfCustomer(customer))));
                }
            }
            return rows.rows();
        }
    }
}
