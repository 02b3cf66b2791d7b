package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.MenuEntry;
import com.wealthai.crm.core.api.MenuItem;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.CustomersModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/** The customers module's menu entries: the list for everyone, the reps for administrators. */
@ApplicationScoped
public class CustomersMenu {

    @Produces
    MenuItem customerList() {
        return new MenuEntry(CustomersModule.ID, "customers.menu", "pi pi-users", "/customers/list.xhtml", 100, Set.of());
    }

    @Produces
    MenuItem salesReps() {
        return new MenuEntry(CustomersModule.ID, "customers.menu.reps", "pi pi-briefcase", "/customers/reps.xhtml", 110, Set.of(Role.ADMIN));
    }
}
