package com.wealthai.crm.customers.web;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.ActiveModules;
import com.wealthai.crm.customers.api.CustomerSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The sections other modules contribute to the customer page. Kept out of the view-scoped page:
 * modules may produce their sections with plain producer methods, whose instances need not be
 * serializable, and a passivating bean may not hold them.
 */
@ApplicationScoped
public class CustomerSections {

    @Inject
    Instance<CustomerSection> sections;

    @Inject
    ActiveModules modules;

    /** Sections of enabled modules the caller's roles allow, in their order. */
    public List<CustomerSection> shownTo(AccessScope scope) {
        return StreamSupport.stream(sections.spliterator(), false)
                .filter(s -> modules.isEnabled(s.moduleId()))
                .filter(s -> s.roles().isEmpty() || s.roles().stream().anyMatch(scope::has))
                .sorted(Comparator.comparingInt(CustomerSection::order))
                .toList();
    }
}
