package com.wealthai.crm.labs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/labs/ping}: the labs module's API, closed with the module. */
@Path("labs/ping")
@RequestScoped
public class LabsResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject ping() {
        return Json.createObjectBuilder().add("module", LabsModule.ID).add("pong", true).build();
    }
}
