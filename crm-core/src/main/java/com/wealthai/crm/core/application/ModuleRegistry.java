package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.CrmModule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every module the WAR carries, found through CDI: the core names none of them. The set is fixed for
 * the life of the deployment (JARs are not added at run time); whether each is switched on is not,
 * and lives in {@link ModuleSwitchboard}.
 *
 * <p>CDI gives beans in no defined order (jakartaee/cdi#824), so modules are sorted by their
 * declared order and id, and migrated in dependency order.
 */
@ApplicationScoped
public class ModuleRegistry {

    @Inject
    @Any
    Instance<CrmModule> discovered;

    private List<CrmModule> modules;
    private Map<String, CrmModule> byId;

    @PostConstruct
    void discover() {
        List<CrmModule> found = new ArrayList<>();
        discovered.forEach(found::add);
        found.sort(Comparator.comparingInt(CrmModule::order).thenComparing(CrmModule::id));
        Map<String, CrmModule> index = new LinkedHashMap<>();
        for (CrmModule module : found) {
            CrmModule clash = index.put(module.id(), module);
            if (clash != null) {
                throw new IllegalStateException("Two modules declare the id '" + module.id() + "': "
                        + clash.getClass().getName() + " and " + module.getClass().getName());
            }
        }
        this.modules = List.copyOf(found);
        this.byId = index;
    }

    /** All modules in menu order. */
    public List<CrmModule> all() {
        return modules;
    }

    public Optional<CrmModule> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Dependencies a module declares that no module in the WAR provides. */
    public Set<String> missingDependencies(CrmModule module) {
        Set<String> missing = new LinkedHashSet<>();
        for (String dependency : module.dependsOn()) {
            if (!byId.containsKey(dependency)) {
                missing.add(dependency);
            }
        }
        return missing;
    }

    /** Modules that declare a dependency on the given one. */
    public List<CrmModule> dependents(String moduleId) {
        return modules.stream().filter(m -> m.dependsOn().contains(moduleId)).toList();
    }

    /** The module a class belongs to: the one whose descriptor's package is the longest prefix of it. */
    public Optional<CrmModule> owning(Class<?> type) {
        String name = type.getName();
        CrmModule best = null;
        for (CrmModule module : modules) {
            String root = module.getClass().getPackageName() + ".";
            if (name.startsWith(root) && (best == null || root.length() > best.getClass().getPackageName().length() + 1)) {
                best = module;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Modules ordered so that each comes after those it depends on (ties by order, then id).
     *
     * @throws IllegalStateException on a dependency cycle
     */
    public List<CrmModule> inDependencyOrder() {
        return DependencyOrder.of(modules);
    }
}
