package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code GET /api/portfolio?rep_id=}: the portfolio analysis of a book, computed in the database: one
 * rep's book (404 for a rep the caller may not see) or, without {@code rep_id}, everything the
 * caller reaches.
 */
@Path("portfolio")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    @GET
    public JsonObject book(@QueryParam("rep_id") Long repId) {
        return HoldingsJson.book(holdings.bookPortfolio(repId, scopes.current()), LocalDate.now(ZoneId.of("Asia/Tokyo"))).build();
    }
}
