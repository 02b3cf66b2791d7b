package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/holdings/customer/{id}} (with totals) and {@code GET /api/products}. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HoldingsResource {

    @Inject
    HoldingsService holdings;

    @GET
    @Path("holdings/customer/{id}")
    public JsonObject ofCustomer(@PathParam("id") long customerId) {
        return HoldingsJson.customerHoldings(holdings.portfolio(customerId)).build();
    }

    @GET
    @Path("products")
    public JsonObject products(@QueryParam("include_inactive") boolean includeInactive) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        var products = holdings.products(!includeInactive);
        products.forEach(p -> items.add(HoldingsJson.product(p)));
        return Json.createObjectBuilder().add("items", items).add("total", products.size()).add("page", 1)
                .add("size", products.size()).build();
    }
}
