package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.holdings.application.ProductMasterService;
import com.wealthai.crm.holdings.application.ProductMasterSyncReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/products/sync}: an administrator syncs the product master now and reads the report. */
@Path("products/sync")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
public class ProductMasterResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ProductMasterService productMaster;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject sync() {
        ProductMasterSyncReport report = productMaster.sync();
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        report.errors().forEach(errors::add);
        return JSON.createObjectBuilder().add("applied", report.applied()).add("received", report.received())
                .add("created", report.created()).add("updated", report.updated()).add("errors", errors).build();
    }
}
