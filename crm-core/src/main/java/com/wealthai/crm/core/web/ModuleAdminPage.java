package com.wealthai.crm.core.web;

import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.application.ModuleRegistry;
import com.wealthai.crm.core.application.ModuleSwitchboard;
import com.wealthai.crm.core.domain.ModuleState;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import com.wealthai.crm.core.api.AccessScopes;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/** The module administration page: every module the WAR carries, and its switch. */
@Named
@ViewScoped
public class ModuleAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the module table. */
    public record ModuleRow(String id, String name, String version, String description, String dependsOn,
                            String missing, boolean switchable, boolean enabled, String changedBy, OffsetDateTime changedAt)
            implements Serializable {
    }

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleSwitchboard switchboard;

    @Inject
    AccessScopes scopes;

    @Inject
    MessagesMap msg;

    private List<ModuleRow> rows;

    public List<ModuleRow> getRows() {
        if (rows == null) {
            Map<String, ModuleState> states = switchboard.states();
            rows = registry.all().stream().map(m -> row(m, states.get(m.id()))).toList();
        }
        return rows;
    }

    public void enable(String moduleId) {
        change(moduleId, true);
    }

    public void disable(String moduleId) {
        change(moduleId, false);
    }

    private void change(String moduleId, boolean enable) {
        try {
            String actor = scopes.current().login();
            if (enable) {
                switchboard.enable(moduleId, actor);
            } else {
                switchboard.disable(moduleId, actor);
            }
            String name = registry.byId(moduleId).map(m -> msg.get(m.nameKey())).orElse(moduleId);
            Messages.addGlobalInfo(msg.format(enable ? "core.modules.enabled" : "core.modules.disabled", name));
        } catch (ConflictException refused) {
            Messages.addGlobalError(refused.getMessage());
        }
        rows = null;
    }

    private ModuleRow row(CrmModule module, ModuleState state) {
        return new ModuleRow(module.id(), msg.get(module.nameKey()), module.version(), msg.get(module.descriptionKey()),
                String.join(", ", module.dependsOn().stream().sorted().map(d -> registry.byId(d).map(m -> msg.get(m.nameKey())).orElse(d)).toList()),
                String.join(", ", registry.missingDependencies(module)),
                module.switchable(),
                !module.switchable() || (state != null && state.isEnabled()),
                state == null ? null : state.getChangedBy(),
                state == null ? null : state.getChangedAt());
    }
}
