package com.wealthai.crm.ai;

import com.wealthai.crm.core.api.CrmModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Descriptor of the ai module; see the module's README section for its footprint. */
@ApplicationScoped
public class AiModule implements CrmModule {

    public static final String ID = "ai";

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
        return 400;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }
}
