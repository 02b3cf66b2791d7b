package com.wealthai.crm.customers;

import com.wealthai.crm.core.api.CrmModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Descriptor of the customers module; see the module's README section for its footprint. */
@ApplicationScoped
public class CustomersModule implements CrmModule {

    public static final String ID = "customers";

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
        return 100;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of();
    }
}
