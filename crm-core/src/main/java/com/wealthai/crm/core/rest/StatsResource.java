package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.StatsContribution;
import com.wealthai.crm.core.application.ModuleSwitchboard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/stats}: the figures of every enabled module, counted within the caller's scope
 * (a rep sees the figures of their own book).
 */
@Path("stats")
@RequestScoped
public class StatsResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    @Any
    Instance<StatsContribution> contributions;

    @Inject
    ModuleSwitchboard switchboard;

    @Inject
    AccessScopes scopes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject stats() {
        Map<String, Number> figures = new TreeMap<>();
        for (StatsContribution contribution : contributions) {
            if (switchboard.isEnabled(contribution.moduleId())) {
                figures.putAll(contribution.figures(scopes.current()));
            }
        }
        JsonObjectBuilder json = JSON.createObjectBuilder();
        figures.forEach((key, value) -> {
            if (value instanceof BigDecimal decimal) {
                json.add(key, decimal);
            } else if (value instanceof Double || value instanceof Float) {
                json.add(key, value.doubleValue());
            } else {
                json.add(key, value.longValue());
            }
        });
        return json.build();
    }
}
