package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.CrmModule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders modules so that each follows every module it depends on; among modules free to go, the
 * given order is kept. Dependencies on modules that are not present are ignored here (the registry
 * reports them).
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    static List<CrmModule> of(List<CrmModule> modules) {
        Set<String> present = modules.stream().map(CrmModule::id).collect(Collectors.toSet());
        List<CrmModule> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        List<CrmModule> waiting = new ArrayList<>(modules);
        while (!waiting.isEmpty()) {
            CrmModule next = waiting.stream()
                    .filter(m -> m.dependsOn().stream().filter(present::contains).allMatch(placed::contains))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Module dependency cycle among "
                            + waiting.stream().map(CrmModule::id).toList()));
            ordered.add(next);
            placed.add(next.id());
            waiting.remove(next);
        }
        return List.copyOf(ordered);
    }
}
