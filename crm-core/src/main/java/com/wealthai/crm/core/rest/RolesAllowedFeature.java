package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.CrmMessages;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Enforces {@code @RolesAllowed} on REST resources (CDI beans, where the container does not), and
 * answers 403 as problem+json. A method's annotation wins over its class's.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        RolesAllowed allowed = resourceInfo.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RoleCheck(List.of(allowed.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final List<String> roles;

        RoleCheck(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (roles.stream().noneMatch(role -> request.getSecurityContext().isUserInRole(role))) {
                CrmMessages messages = CDI.current().select(CrmMessages.class).get();
                Problem problem = Problem.of(403, "forbidden", messages.get("core.api.problem.forbidden"), messages.get("core.api.problem.forbidden.detail"));
                request.abortWith(Response.status(403).type(Problem.MEDIA_TYPE).entity(problem.toJson()).build());
            }
        }
    }
}
