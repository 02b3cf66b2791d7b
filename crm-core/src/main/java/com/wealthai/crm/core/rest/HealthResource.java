package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.CrmModule;
import com.wealthai.crm.core.application.ModuleRegistry;
import com.wealthai.crm.core.application.ModuleSwitchboard;
import com.wealthai.crm.core.application.Readiness;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /api/health}, open to load balancers and {@code curl}: 200 with {@code "status":"UP"}
 * when the database answers and start-up is complete, else 503 with the reason. Each module's state
 * is listed when the database can tell it.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Resource(lookup = "java:global/jdbc/crm")
    DataSource dataSource;

    @Inject
    Readiness readiness;

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleSwitchboard switchboard;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        long started = System.nanoTime();
        String databaseError = null;
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(3)) {
                databaseError = "connection not valid";
            }
        } catch (SQLException | RuntimeException e) {
            databaseError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        long latencyMs = (System.nanoTime() - started) / 1_000_000;
        boolean up = databaseError == null && readiness.isReady();

        var database = JSON.createObjectBuilder().add("status", databaseError == null ? "UP" : "DOWN").add("latency_ms", latencyMs);
        if (databaseError != null) {
            database.add("error", databaseError);
        }
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        for (CrmModule module : registry.all()) {
            var entry = JSON.createObjectBuilder().add("id", module.id()).add("version", module.version());
            if (databaseError == null && readiness.isReady()) {
                entry.add("enabled", switchboard.isEnabled(module.id()));
            }
            modules.add(entry);
        }
        var body = JSON.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("database", database)
                .add("modules", modules);
        if (!readiness.isReady()) {
            body.add("reason", readiness.reason());
        }
        JsonObject json = body.build();
        return Response.status(up ? 200 : 503).entity(json).header("Cache-Control", "no-store").build();
    }
}
