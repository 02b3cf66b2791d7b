package com.wealthai.crm.core.web;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.DashboardWidget;
import com.wealthai.crm.core.api.MenuItem;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.application.ModuleRegistry;
import com.wealthai.crm.core.application.ModuleSwitchboard;
import com.wealthai.crm.core.application.ModuleSwitched;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The shell around every page: the side menu and the dashboard tiles, assembled on each request from
 * the contributions of the modules that are switched on and the caller's roles.
 */
@Named
@RequestScoped
public class Shell {

    /** A menu line as the template renders it. */
    public record MenuLink(String label, String icon, String view, Long badge, boolean active) {
    }

    @Inject
    @Any
    Instance<MenuItem> menuItems;

    @Inject
    @Any
    Instance<DashboardWidget> widgets;

    @Inject
    ModuleSwitchboard switchboard;

    @Inject
    ModuleRegistry registry;

    @Inject
    AccessScopes scopes;

    @Inject
    MessagesMap msg;

    private List<MenuLink> menu;

    /** A switch made in this request (module administration) must show in the menu it renders. */
    void onModuleSwitched(@Observes(notifyObserver = Reception.IF_EXISTS) ModuleSwitched switched) {
        menu = null;
    }

    public List<MenuLink> getMenu() {
        if (menu == null) {
            String currentView = FacesContext.getCurrentInstance().getViewRoot().getViewId();
            List<MenuItem> visible = new ArrayList<>();
            menuItems.forEach(item -> {
                if (switchboard.isEnabled(item.moduleId()) && allowed(item.roles())) {
                    visible.add(item);
                }
            });
            visible.sort(Comparator.comparingInt(MenuItem::order).thenComparing(MenuItem::labelKey));
            menu = visible.stream().map(item -> {
                OptionalLong badge = item.badge(scopes.current());
                return new MenuLink(msg.get(item.labelKey()), item.icon(), item.view(),
                        badge.isPresent() && badge.getAsLong() > 0 ? badge.getAsLong() : null,
                        item.view().equals(currentView));
            }).toList();
        }
        return menu;
    }

    /** The tiles of enabled modules the caller may see, in module order then tile order. */
    public List<DashboardWidget> getWidgets() {
        List<DashboardWidget> visible = new ArrayList<>();
        widgets.forEach(widget -> {
            if (switchboard.isEnabled(widget.moduleId()) && allowed(widget.roles())) {
                visible.add(widget);
            }
        });
        visible.sort(Comparator.comparingInt((DashboardWidget w) -> registry.byId(w.moduleId()).map(CrmModule::order).orElse(Integer.MAX_VALUE))
                .thenComparingInt(DashboardWidget::order));
        return visible;
    }

    public boolean isAdmin() {
        return scopes.current().roles().contains(Role.ADMIN);
    }

    /**
     * By the roles of the caller's account as read for this request, not by asking the container
     * role by role: each such question is a permission check of its own, a dozen per page.
     */
    private boolean allowed(Set<Role> roles) {
        return roles.isEmpty() || roles.stream().anyMatch(scopes.current().roles()::contains);
    }
}
