package com.wealthai.crm.core.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The module switches as read once for the current request, so that one page render (menu, widgets,
 * gate) costs one small query. Only used while a request context is active.
 */
@RequestScoped
public class ModuleStateSnapshot {

    private Map<String, Boolean> states;

    Map<String, Boolean> states(Supplier<Map<String, Boolean>> reader) {
        if (states == null) {
            states = reader.get();
        }
        return states;
    }

    void forget() {
        states = null;
    }
}
