package com.wealthai.crm.notes;

import com.wealthai.crm.core.api.CrmModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Descriptor of the notes module; see the module's README section for its footprint. */
@ApplicationScoped
public class NotesModule implements CrmModule {

    public static final String ID = "notes";

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
        return 300;
    }

    @Override
    public Set<String> dependsOn() {
        return Set.of("customers");
    }
}
