package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code GET /api/customers/{id}/portfolio}: the analysis of a customer's holdings with the value at
 * the last twelve month-ends (root path: see {@link CustomerTradesResource}).
 */
@Path("customers/{id}/portfolio")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerPortfolioResource {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    @GET
    public JsonObject portfolio(@PathParam("id") long customerId) {
        return HoldingsJson.analysis(holdings.portfolio(customerId), holdings.valuationHistory(customerId, scopes.current()),
                LocalDate.now(TOKYO)).build();
    }
}
