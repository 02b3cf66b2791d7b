package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/customers/{id}/transactions}: a customer's trades, newest first, paged. The whole
 * path is this class's root path: JAX-RS picks the root resource with the longest literal path, so
 * it wins over crm-customers' {@code customers} resource, whereas a method path under a root of
 * {@code ""} would never be reached.
 */
@Path("customers/{id}/transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerTradesResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    HoldingsService holdings;

    @Inject
    CrmMessages messages;

    @GET
    public JsonObject transactions(@PathParam("id") long customerId, @QueryParam("page") @DefaultValue("1") int page,
                                   @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 1 || size < 1 || size > 500) {
            throw new InvalidInputException("size", messages.get("core.api.paging.invalid"));
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        holdings.transactions(customerId, (page - 1) * size, size).forEach(t -> items.add(HoldingsJson.transaction(t)));
        return JSON.createObjectBuilder().add("items", items).add("total", holdings.transactionCount(customerId))
                .add("page", page).add("size", size).build();
    }
}
