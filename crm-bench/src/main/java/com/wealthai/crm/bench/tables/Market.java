package com.wealthai.crm.bench.tables;

import com.wealthai.crm.bench.GenerationContext;
import com.wealthai.crm.bench.data.HoldingsPlan;
import com.wealthai.crm.bench.data.PriceWalk;
import com.wealthai.crm.bench.data.ProductCatalog;

/** The products with their prices and the holdings plan of one run, made once and shared by the holdings module's writers. */
public final class Market {

    private ProductCatalog catalog;
    private HoldingsPlan plan;

    synchronized ProductCatalog catalog(GenerationContext context) {
        if (catalog == null) {
            catalog = ProductCatalog.generate(context.scale().products(),
                    PriceWalk.tradingDays(context.asOf(), context.scale().priceDays()), context.seeds().stream("products"));
        }
        return catalog;
    }

    synchronized HoldingsPlan plan(GenerationContext context) {
        if (plan == null) {
            plan = HoldingsPlan.of(context, catalog(context));
        }
        return plan;
    }
}
