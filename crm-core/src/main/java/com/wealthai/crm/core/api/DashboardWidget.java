package com.wealthai.crm.core.api;

import java.util.Set;

/**
 * A tile of the dashboard: a Facelets fragment from the module's JAR, included in a grid cell.
 * The fragment is a {@code ui:composition} and uses its own backing beans.
 */
public interface DashboardWidget {

    String moduleId();

    /** Message key of the tile's title. */
    String titleKey();

    /** The fragment, e.g. {@code /customers/widgets/by-rep.xhtml}. */
    String fragment();

    int order();

    /** Width on a 12-column grid at desktop size (phones always use the full width). */
    default int columns() {
        return 6;
    }

    /** Roles that see the tile; empty means every logged-in user. */
    default Set<Role> roles() {
        return Set.of();
    }
}
