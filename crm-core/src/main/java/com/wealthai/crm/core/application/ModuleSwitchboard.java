package com.wealthai.crm.core.application;

import java.time.OffsetDateTime;
import com.wealthai.crm.core.api.ActiveModules;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.ConflictException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.domain.ModuleState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Switches modules on and off at run time, and answers whether one is on.
 *
 * <p>State is read from the database once per request (see {@link ModuleStateSnapshot}), so a switch
 * takes effect at once on every instance without a cache to invalidate. Switching is refused when it
 * would leave an enabled module without a module it needs; the rows are locked while checking so
 * that two admins cannot race each other into that state.
 */
@ApplicationScoped
public class ModuleSwitchboard implements ActiveModules {

    private static final Logger LOG = Logger.getLogger(ModuleSwitchboard.class.getName());

    @PersistenceContext(unitName = "crm-core")
    EntityManager em;

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleStateSnapshot snapshot;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<AiTool> tools;

    @Inject
    BeanManager beanManager;

    @Inject
    Event<ModuleSwitched> switched;

    @Override
    public boolean isEnabled(String moduleId) {
        CrmModule module = registry.byId(moduleId).orElse(null);
        if (module == null) {
            return false;
        }
        if (!module.switchable()) {
            return true;
        }
        Map<String, Boolean> states = RequestContexts.active(beanManager) ? snapshot.states(this::readStates) : readStates();
        return states.getOrDefault(moduleId, false);
    }

    @Override
    public List<AiTool> aiTools() {
        List<AiTool> enabled = new ArrayList<>();
        tools.forEach(tool -> {
            if (isEnabled(tool.moduleId())) {
                enabled.add(tool);
            }
        });
        enabled.sort(Comparator.comparingInt((AiTool t) -> registry.byId(t.moduleId()).map(CrmModule::order).orElse(Integer.MAX_VALUE))
                .thenComparing(AiTool::name));
        return enabled;
    }

    /** Enabled modules in menu order. */
    public List<CrmModule> enabledModules() {
        return registry.all().stream().filter(m -> isEnabled(m.id())).toList();
    }

    public Map<String, ModuleState> states() {
        Map<String, ModuleState> states = new HashMap<>();
        em.createQuery("select s from ModuleState s", ModuleState.class).getResultList()
                .forEach(s -> states.put(s.getModuleId(), s));
        return states;
    }

    /**
     * Records every module the WAR carries; a module seen for the first time starts enabled when all
     * it needs is present, so a dropped-in JAR works without a click.
     */
    @Transactional
    public void registerDiscoveredModules() {
        Map<String, ModuleState> known = states();
        for (CrmModule module : registry.inDependencyOrder()) {
            if (!known.containsKey(module.id())) {
                boolean startEnabled = registry.missingDependencies(module).isEmpty()
                        && module.dependsOn().stream().allMatch(d -> known.containsKey(d) ? known.get(d).isEnabled() : true);
                ModuleState state = new ModuleState(module.id(), startEnabled);
                em.persist(state);
                known.put(module.id(), state);
                LOG.info(() -> "New module '" + module.id() + "' " + module.version() + " registered, " + (startEnabled ? "enabled" : "disabled"));
            }
        }
    }

    @Transactional
    public void enable(String moduleId, String actor) {
        CrmModule module = switchable(moduleId);
        Map<String, ModuleState> locked = lockAll();
        List<String> missing = new ArrayList<>(registry.missingDependencies(module));
        for (String dependency : module.dependsOn()) {
            ModuleState state = locked.get(dependency);
            if (!missing.contains(dependency) && (state == null || !state.isEnabled()) && registry.byId(dependency).map(CrmModule::switchable).orElse(false)) {
                missing.add(dependency);
            }
        }
        if (!missing.isEmpty()) {
            throw new ConflictException(messages.get("core.modules.refuse.enable", name(module), names(missing)));
        }
        apply(locked, module, true, actor);
    }

    @Transactional
    public void disable(String moduleId, String actor) {
        CrmModule module = switchable(moduleId);
        Map<String, ModuleState> locked = lockAll();
        List<String> needing = registry.dependents(moduleId).stream()
                .filter(d -> !d.switchable() || (locked.containsKey(d.id()) && locked.get(d.id()).isEnabled()))
                .map(CrmModule::id)
                .toList();
        if (!needing.isEmpty()) {
            throw new ConflictException(messages.get("core.modules.refuse.disable", name(module), names(needing)));
        }
        apply(locked, module, false, actor);
    }

    private void apply(Map<String, ModuleState> locked, CrmModule module, boolean enabled, String actor) {
        ModuleState state = locked.get(module.id());
        if (state == null) {
            state = new ModuleState(module.id(), enabled);
            em.persist(state);
        }
        if (state.isEnabled() == enabled && state.getChangedAt() != null) {
            return;
        }
        state.switchTo(enabled, actor, OffsetDateTime.now(clock));
        if (RequestContexts.active(beanManager)) {
            snapshot.forget();
        }
        switched.fire(new ModuleSwitched(module.id(), enabled));
        audit.record(enabled ? AuditAction.MODULE_ENABLED : AuditAction.MODULE_DISABLED, "core", "module", module.id(), null);
        LOG.info(() -> "Module '" + module.id() + "' " + (enabled ? "enabled" : "disabled") + " by " + actor);
    }

    private CrmModule switchable(String moduleId) {
        CrmModule module = registry.byId(moduleId)
                .orElseThrow(() -> new RecordNotFoundException(messages.get("core.modules.unknown", moduleId)));
        if (!module.switchable()) {
            throw new ConflictException(messages.get("core.modules.refuse.core", name(module)));
        }
        return module;
    }

    private Map<String, ModuleState> lockAll() {
        Map<String, ModuleState> states = new HashMap<>();
        em.createQuery("select s from ModuleState s", ModuleState.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .forEach(s -> states.put(s.getModuleId(), s));
        return states;
    }

    private Map<String, Boolean> readStates() {
        Map<String, Boolean> states = new HashMap<>();
        for (Object[] row : em.createQuery("select s.moduleId, s.enabled from ModuleState s", Object[].class).getResultList()) {
            states.put((String) row[0], (Boolean) row[1]);
        }
        return states;
    }

    private String name(CrmModule module) {
        return messages.get(module.nameKey());
    }

    private String names(List<String> moduleIds) {
        return String.join(", ", moduleIds.stream()
                .map(id -> registry.byId(id).map(this::name).orElse(id))
                .toList());
    }
}
