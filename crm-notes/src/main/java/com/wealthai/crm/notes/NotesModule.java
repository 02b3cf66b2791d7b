package com.wealthai.crm.notes;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.DashboardWidget;
import com.wealthai.crm.core.api.MenuEntry;
import com.wealthai.crm.core.api.MenuItem;
import com.wealthai.crm.core.api.WidgetEntry;
import com.wealthai.crm.customers.api.CustomerSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;

/**
 * Descriptor of the notes module: sales notes with follow-ups, for the customers of the caller's
 * scope. Its footprint: the menu entries 営業メモ (with the overdue badge, {@code web.NotesMenu}) and
 * フォローアップ; the dashboard tiles "my follow-ups" (which also raises the alert after login) and
 * "notes by type this month"; the notes section of the customer page; {@code /api/sales-notes};
 * stats figures; the AI tools {@code get_sales_notes} and {@code list_follow_ups}; the demo notes;
 * the daily digest e-mail; table {@code sales_notes} (db/migration/notes).
 */
@ApplicationScoped
public class NotesModule implements CrmModule {

    public static final String ID = "notes";

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
        return 300;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("customers");
    }

    @Produces
    MenuItem followUpsMenu() {
        return new MenuEntry(ID, "notes.menu.followUps", "pi pi-calendar-clock", "/notes/follow-ups.xhtml", 310, Set.of());
    }

    @Produces
    DashboardWidget myFollowUps() {
        return new WidgetEntry(ID, "notes.widget.followUps.title", "/notes/widgets/follow-ups.xhtml", 300, 6, Set.of());
    }

    @Produces
    DashboardWidget notesByType() {
        return new WidgetEntry(ID, "notes.widget.byType.title", "/notes/widgets/by-type.xhtml", 310, 6, Set.of());
    }

    @Produces
    CustomerSection customerNotes() {
        return new CustomerSection() {
            @Override
            public String moduleId() {
                return ID;
            }

            @Override
            public String titleKey() {
                return "notes.section.title";
            }

            @Override
            public String fragment() {
                return "/notes/sections/customer-notes.xhtml";
            }

            @Override
            public int order() {
                return 300;
            }
        };
    }
}
