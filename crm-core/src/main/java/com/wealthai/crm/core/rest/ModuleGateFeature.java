package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.application.ModuleRegistry;
import com.wealthai.crm.core.application.ModuleSwitchboard;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Attaches to each REST resource a filter that answers 404 while the resource's module is switched
 * off. The module is the one whose descriptor's package contains the resource class, so a module's
 * endpoints under another prefix ({@code /api/customers/{id}/transactions} of holdings) close with it.
 */
@Provider
public class ModuleGateFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        ModuleRegistry registry = CDI.current().select(ModuleRegistry.class).get();
        Optional<CrmModule> owner = registry.owning(resourceInfo.getResourceClass());
        if (owner.isPresent() && owner.get().switchable()) {
            context.register(new ModuleGate(owner.get().id()));
        }
    }

    /** The filter for one module's resources. */
    static final class ModuleGate implements ContainerRequestFilter {

        private final String moduleId;

        ModuleGate(String moduleId) {
            this.moduleId = moduleId;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (!CDI.current().select(ModuleSwitchboard.class).get().isEnabled(moduleId)) {
                CrmMessages messages = CDI.current().select(CrmMessages.class).get();
                Problem problem = Problem.of(404, "not-found", messages.get("core.api.problem.notFound"),
                        messages.get("core.api.moduleDisabled"));
                request.abortWith(Response.status(404).type(Problem.MEDIA_TYPE).entity(problem.toJson()).build());
            }
        }
    }
}
