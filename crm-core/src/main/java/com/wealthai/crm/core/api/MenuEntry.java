package com.wealthai.crm.core.api;

import java.util.Set;

/**
 * A fixed menu entry, for modules to produce as a CDI bean:
 *
 * <pre>{@code
 * @Produces
 * MenuItem customerList() {
 *     return new MenuEntry("customers", "customers.menu.list", "pi pi-users", "/customers/list.xhtml", 100, Set.of());
 * }
 * }</pre>
 *
 * An entry with a badge implements {@link MenuItem} itself.
 */
public record MenuEntry(String moduleId, String labelKey, String icon, String view, int order, Set<Role> roles)
        implements MenuItem {

    public MenuEntry {
        roles = Set.copyOf(roles);
    }
}
