package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.DashboardWidget;
import com.wealthai.crm.core.api.WidgetEntry;
import com.wealthai.crm.customers.CustomersModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** The customers module's dashboard tile, first on the dashboard: the caller's customers at a glance. */
@ApplicationScoped
public class CustomersWidgets {

    @Produces
    DashboardWidget breakdown() {
        return new WidgetEntry(CustomersModule.ID, "customers.widget.title", "/customers/widgets/breakdown.xhtml", 100, 6, Set.of());
    }
}
