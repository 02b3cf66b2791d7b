package com.wealthai.crm.ai;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.MenuEntry;
import com.wealthai.crm.core.api.MenuItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
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

    /** Its API is {@code /api/chat} (as the original's), not {@code /api/ai}. */
    @Override
    public String apiPrefix() {
        return "/api/chat";
    }

    @Produces
    MenuItem chatMenu() {
        return new MenuEntry(ID, "ai.menu.chat", "pi pi-comments", "/ai/chat.xhtml", 400, Set.of());
    }
}
