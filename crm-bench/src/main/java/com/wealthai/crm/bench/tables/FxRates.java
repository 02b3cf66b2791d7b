package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.TableWriter;
import com.wealthai.crm.bench.copy.RowMapping;
import com.wealthai.crm.bench.copy.TableShape;
import com.wealthai.crm.bench.data.PriceWalk;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

/** Yen per US dollar for every trading day of the price year (crm-holdings' FX table), for the foreign products. */
public final class FxRates implements TableWriter {

    private record Rate(String currency, LocalDate day, BigDecimal yen) {
    }

    private static final RowMapping<Rate> MAPPING = new RowMapping<Rate>()
            .column(Rate::currency, "currency")
            .column(Rate::day, "rate_date", "day", "date")
            .column(Rate::yen, "jpy_rate", "rate");

    @Override
    public String[] tableNames() {
        return new String[] {"fx_rates"};
    }

    @Override
    public long write(GenerationContext context, TableShape table) throws SQLException {
        PriceWalk usd = PriceWalk.of(PriceWalk.tradingDays(context.asOf(), context.scale().priceDays()), 150.0, 0.005, 0.0,
                context.seeds().stream("fx_rates"));
        try (var rows = MAPPING.bind(context.connection(), table)) {
            for (int day = 0; day < usd.size(); day++) {
                rows.write(new Rate("USD", usd.day(day), usd.close(day, 4)));
            }
            return rows.rows();
        }
    }
}
