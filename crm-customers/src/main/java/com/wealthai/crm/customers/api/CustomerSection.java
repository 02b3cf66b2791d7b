package com.wealthai.crm.customers.api;

import com.wealthai.crm.core.api.Role;
import java.util.Set;

/**
 * A section another module adds to the customer detail page (holdings, notes, "ask AI"), produced
 * as a CDI bean. The fragment is a {@code ui:composition} in the contributing module's JAR; it reads
 * the customer being shown from the {@link CustomerContext} bean named {@code customerContext}.
 * Sections of disabled modules are not shown.
 */
public interface CustomerSection {

    String moduleId();

    /** Message key of the section title. */
    String titleKey();

    /** The fragment, e.g. {@code /holdings/sections/customer-holdings.xhtml}. */
    String fragment();

    int order();

    default Set<Role> roles() {
        return Set.of();
    }
}
