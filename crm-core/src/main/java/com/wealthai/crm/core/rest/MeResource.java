package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/me}: who the presented credentials belong to and how far they reach. */
@Path("me")
@RequestScoped
public class MeResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AccessScopes scopes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject me() {
        AccessScope scope = scopes.current();
        var json = JSON.createObjectBuilder()
                .add("login", scope.login())
                .add("roles", JSON.createArrayBuilder(scope.roles().stream().map(Enum::name).sorted().toList()))
                .add("reach", scope.reach().name());
        if (scope.salesRepId() != null) {
            json.add("sales_rep_id", scope.salesRepId());
        }
        if (scope.branch() != null) {
            json.add("branch", scope.branch());
        }
        return json.build();
    }
}
