package com.wealthai.crm.core.api;

import java.util.List;

/**
 * Which modules are switched on right now (read from the database, so every instance agrees), and
 * the contributions of those that are.
 */
public interface ActiveModules {

    boolean isEnabled(String moduleId);

    /** The AI tools of enabled modules, in module order. */
    List<AiTool> aiTools();
}
