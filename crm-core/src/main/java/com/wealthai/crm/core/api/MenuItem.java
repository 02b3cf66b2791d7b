package com.wealthai.crm.core.api;

import java.util.OptionalLong;
import java.util.Set;

/**
 * An entry of the side menu, contributed by a module as a CDI bean. It disappears when its module
 * is switched off, and is shown only to callers holding one of {@link #roles()}.
 */
public interface MenuItem {

    /** Id of the contributing module. */
    String moduleId();

    /** Message key of the label. */
    String labelKey();

    /** PrimeIcons class, e.g. {@code pi pi-users}. */
    String icon();

    /** The view it opens, e.g. {@code /customers/list.xhtml}. */
    String view();

    /** Position within the menu; the dashboard has 0. */
    int order();

    /** Roles that see the entry; empty means every logged-in user. */
    default Set<Role> roles() {
        return Set.of();
    }

    /** A number shown as a badge (e.g. overdue follow-ups), or empty for none. */
    default OptionalLong badge(AccessScope scope) {
        return OptionalLong.empty();
    }
}
