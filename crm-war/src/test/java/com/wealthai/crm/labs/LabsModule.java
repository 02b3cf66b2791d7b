package com.wealthai.crm.labs;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.MenuEntry;
import com.wealthai.crm.core.api.MenuItem;
import com.wealthai.crm.core.api.WidgetEntry;
import com.wealthai.crm.core.api.DashboardWidget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * A module that exists only in the test sources, as a third party would write one: a descriptor, a
 * menu entry, a dashboard widget, a page and an API endpoint, and nothing in the core that names it.
 */
@ApplicationScoped
public class LabsModule implements CrmModule {

    public static final String ID = "labs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public int order() {
        return 800;
    }

    @Produces
    MenuItem menu() {
        return new MenuEntry(ID, "labs.menu", "pi pi-bolt", "/labs/index.xhtml", 800, Set.of());
    }

    @Produces
    DashboardWidget widget() {
        return new WidgetEntry(ID, "labs.widget.title", "/labs/widget.xhtml", 1, 4, Set.of());
    }
}
