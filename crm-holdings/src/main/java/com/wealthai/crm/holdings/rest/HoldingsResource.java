package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.holdings.application.BookTotals;
import com.wealthai.crm.holdings.application.HoldingFilter;
import com.wealthai.crm.holdings.application.HoldingSort;
import com.wealthai.crm.holdings.application.HoldingView;
import com.wealthai.crm.holdings.application.HoldingsService;
import jakarta.ws.rs.DefaultValue;
import java.util.List;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/holdings} (the caller's whole book, paged, filtered, sorted, with totals),
 * {@code GET /api/holdings/customer/{id}} (with totals) and {@code GET /api/products}.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HoldingsResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    HoldingsService holdings;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    @GET
    @Path("holdings")
    public JsonObject book(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size,
                           @QueryParam("category") String category, @QueryParam("currency") String currency,
                           @QueryParam("q") String text, @QueryParam("sort") String sort,
                           @QueryParam("unsuitable_only") boolean unsuitableOnly, @QueryParam("rep_id") Long repId) {
        if (page < 1 || size < 1 || size > 500) {
            throw new InvalidInputException("size", messages.get("core.api.paging.invalid"));
        }
        AccessScope scope = scopes.current();
        HoldingFilter filter = new HoldingFilter(text, category, currency, unsuitableOnly, repId);
        boolean descending = sort == null || sort.isBlank() || sort.startsWith("-");
        String field = sort == null ? null : sort.replaceFirst("^[-+]", "");
        List<HoldingView> rows = holdings.bookPage(filter, scope, HoldingSort.byField(field), descending, (page - 1) * size, size);
        BookTotals totals = holdings.bookTotals(filter, scope);
        JsonArrayBuilder items = JSON.createArrayBuilder();
        var customers = holdings.customers(rows.stream().map(HoldingView::customerId).distinct().toList(), scope);
        rows.forEach(h -> {
            var customer = customers.get(h.customerId());
            items.add(HoldingsJson.holding(h, customer == null ? List.of()
                    : holdings.policy().assessPosition(customer.riskTolerance(), h.riskLevel())));
        });
        return JSON.createObjectBuilder().add("items", items).add("total", totals.positions()).add("page", page).add("size", size)
                .add("totals", JSON.createObjectBuilder().add("book_value_jpy", totals.bookValueJpy())
                        .add("market_value_jpy", totals.marketValueJpy()).add("unrealized_gain_loss_jpy", totals.unrealisedGainJpy()))
                .build();
    }

    @GET
    @Path("holdings/customer/{id}")
    public JsonObject ofCustomer(@PathParam("id") long customerId) {
        return HoldingsJson.customerHoldings(holdings.portfolio(customerId)).build();
    }

    @GET
    @Path("products")
    public JsonObject products(@QueryParam("include_inactive") boolean includeInactive) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        var products = holdings.products(!includeInactive);
        products.forEach(p -> items.add(HoldingsJson.product(p)));
        return JSON.createObjectBuilder().add("items", items).add("total", products.size()).add("page", 1)
                .add("size", products.size()).build();
    }
}
