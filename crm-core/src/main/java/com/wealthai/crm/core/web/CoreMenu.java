package com.wealthai.crm.core.web;

import com.wealthai.crm.core.CoreModule;
import com.wealthai.crm.core.api.MenuEntry;
import com.wealthai.crm.core.api.MenuItem;
import com.wealthai.crm.core.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** The shell's own menu entries: the dashboard first; administration and the user's API tokens last. */
@ApplicationScoped
public class CoreMenu {

    @Produces
    MenuItem dashboard() {
        return new MenuEntry(CoreModule.ID, "core.menu.dashboard", "pi pi-home", "/dashboard.xhtml", 0, Set.of());
    }

    @Produces
    MenuItem modules() {
        return new MenuEntry(CoreModule.ID, "core.menu.modules", "pi pi-th-large", "/admin/modules.xhtml", 900, Set.of(Role.ADMIN));
    }

    @Produces
    MenuItem users() {
        return new MenuEntry(CoreModule.ID, "core.menu.users", "pi pi-id-card", "/admin/users.xhtml", 910, Set.of(Role.ADMIN));
    }

    @Produces
    MenuItem audit() {
        return new MenuEntry(CoreModule.ID, "core.menu.audit", "pi pi-history", "/admin/audit.xhtml", 920, Set.of(Role.ADMIN));
    }

    @Produces
    MenuItem apiTokens() {
        return new MenuEntry(CoreModule.ID, "core.menu.tokens", "pi pi-key", "/account/tokens.xhtml", 990, Set.of());
    }
}
