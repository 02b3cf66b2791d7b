package com.wealthai.crm.core.api;

import java.util.Set;

/** A fixed dashboard tile, for modules to produce as a CDI bean (see {@link MenuEntry}). */
public record WidgetEntry(String moduleId, String titleKey, String fragment, int order, int columns, Set<Role> roles)
        implements DashboardWidget {

    public WidgetEntry {
        roles = Set.copyOf(roles);
    }
}
