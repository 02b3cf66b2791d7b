package com.wealthai.crm.holdings;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.DashboardWidget;
import com.wealthai.crm.core.api.MenuEntry;
import com.wealthai.crm.core.api.MenuItem;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.api.WidgetEntry;
import com.wealthai.crm.customers.api.CustomerSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * Descriptor of the holdings module: products, what the customers hold and trade, gains and losses,
 * portfolio analysis and suitability. Its footprint: the menu entries 保有商品 (the book-wide list,
 * {@code /holdings/list.xhtml}), ポートフォリオ分析 ({@code /holdings/analysis.xhtml}: a customer's or a
 * book's analysis) and, for administrators, 商品マスタ ({@code /holdings/products.xhtml}:
 * products, price CSV, Product Master sync); the holdings section of the customer page (positions, allocation,
 * suitability warnings, latest trades, recording a trade); the dashboard tiles "assets under
 * management", "largest unrealised gains and losses", 適合性アラート (positions above the customer's
 * risk tolerance) and 90日以内の満期 (maturities in the next 90 days); {@code /api/holdings}, {@code /api/products},
 * {@code /api/transactions}, {@code /api/customers/{id}/transactions|portfolio}, {@code /api/portfolio?rep_id=},
 * {@code /api/products/sync}; stats figures ({@code application.HoldingsStats}); the AI tools
 * {@code get_holdings}, {@code get_portfolio_analysis}, {@code get_transactions}; the demo product
 * master and demo book; tables products, product_prices, fx_rates, holdings, transactions
 * (db/migration/holdings).
 */
@ApplicationScoped
public class HoldingsModule implements CrmModule {

    public static final String ID = "holdings";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("customers");
    }

    @Produces
    MenuItem holdingsMenu() {
        return new MenuEntry(ID, "holdings.menu.list", "pi pi-wallet", "/holdings/list.xhtml", 200, Set.of());
    }

    /** The book's portfolio analysis (the caller's whole reach; a customer's is linked from the customer section). */
    @Produces
    MenuItem analysisMenu() {
        return new MenuEntry(ID, "holdings.menu.analysis", "pi pi-chart-pie", "/holdings/analysis.xhtml", 205, Set.of());
    }

    @Produces
    MenuItem productMasterMenu() {
        return new MenuEntry(ID, "holdings.menu.products", "pi pi-box", "/holdings/products.xhtml", 210, Set.of(Role.ADMIN));
    }

    @Produces
    DashboardWidget assetsUnderManagement() {
        return new WidgetEntry(ID, "holdings.widget.aum.title", "/holdings/widgets/aum.xhtml", 200, 6, Set.of());
    }

    @Produces
    DashboardWidget largestGainsAndLosses() {
        return new WidgetEntry(ID, "holdings.widget.movers.title", "/holdings/widgets/movers.xhtml", 210, 6, Set.of());
    }

    @Produces
    DashboardWidget suitabilityAlerts() {
        return new WidgetEntry(ID, "holdings.widget.suitability.title", "/holdings/widgets/suitability.xhtml", 220, 6, Set.of());
    }

    @Produces
    DashboardWidget maturitiesWithin90Days() {
        return new WidgetEntry(ID, "holdings.widget.maturities.title", "/holdings/widgets/maturities.xhtml", 230, 6, Set.of());
    }

    @Produces
    CustomerSection customerHoldings() {
        return new CustomerSection() {
            @Override
            public String moduleId() {
                return ID;
            }

            @Override
            public String titleKey() {
                return "holdings.section.title";
            }

            @Override
            public String fragment() {
                return "/holdings/sections/customer-holdings.xhtml";
            }

            @Override
            public int order() {
                return 200;
            }
        };
    }
}
