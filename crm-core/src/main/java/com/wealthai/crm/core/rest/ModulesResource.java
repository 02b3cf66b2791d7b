package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.application.ModuleRegistry;
import com.wealthai.crm.core.application.ModuleSwitchboard;
import com.wealthai.crm.core.domain.ModuleState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code /api/admin/modules}: the module administration page as an API, for operations scripts.
 * {@code PUT /api/admin/modules/{id}} with {@code {"enabled": false}} switches a module, with the same
 * dependency rules (409 with the reason when refused).
 */
@Path("admin/modules")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleSwitchboard switchboard;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    @GET
    public JsonArray list() {
        Map<String, ModuleState> states = switchboard.states();
        JsonArrayBuilder list = JSON.createArrayBuilder();
        registry.all().forEach(m -> list.add(json(m, states.get(m.id()))));
        return list.build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") String id) {
        CrmModule module = registry.byId(id).orElseThrow(() -> new RecordNotFoundException(messages.get("core.modules.unknown", id)));
        return json(module, switchboard.states().get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject change(@PathParam("id") String id, JsonObject body) {
        if (body == null || !body.containsKey("enabled") || !(body.get("enabled") == JsonValue.TRUE || body.get("enabled") == JsonValue.FALSE)) {
            throw new InvalidInputException("enabled", messages.get("core.modules.enabled.required"));
        }
        String actor = scopes.current().login();
        if (body.getBoolean("enabled")) {
            switchboard.enable(id, actor);
        } else {
            switchboard.disable(id, actor);
        }
        return one(id);
    }

    private JsonObject json(CrmModule module, ModuleState state) {
        var json = JSON.createObjectBuilder()
                .add("id", module.id())
                .add("name", messages.get(module.nameKey()))
                .add("version", module.version())
                .add("depends_on", JSON.createArrayBuilder(module.dependsOn().stream().sorted().toList()))
                .add("switchable", module.switchable())
                .add("enabled", !module.switchable() || (state != null && state.isEnabled()));
        if (state != null && state.getChangedBy() != null) {
            json.add("changed_by", state.getChangedBy()).add("changed_at", state.getChangedAt().toString());
        }
        return json.build();
    }
}
