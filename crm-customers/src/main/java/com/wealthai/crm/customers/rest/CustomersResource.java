package com.wealthai.crm.customers.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.PageResult;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.customers.CustomersModule;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.application.CustomerFilter;
import com.wealthai.crm.customers.application.CustomerSearch;
import com.wealthai.crm.customers.application.CustomerSort;
import com.wealthai.crm.customers.application.Customers;
import com.wealthai.crm.customers.domain.Customer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/customers}: the caller's customers, as the original system's clients read them. A
 * customer outside the caller's scope answers 404 exactly as one that does not exist. A customer
 * carries its version as ETag; {@code PUT} needs it back in {@code If-Match} (412 when someone saved
 * in between, 428 without it).
 */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    static final int MAX_PAGE_SIZE = 500;

    @Inject
    CustomerSearch search;

    @Inject
    Customers customers;

    @Inject
    AccessScopes scopes;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    public PageResult<CustomerJson.Row> list(@QueryParam("q") String q, @QueryParam("rep_id") Long repId,
                                             @QueryParam("type") String type, @QueryParam("risk_tolerance") String risk,
                                             @QueryParam("page") @DefaultValue("1") int page,
                                             @QueryParam("size") @DefaultValue("50") int size,
                                             @QueryParam("sort") @DefaultValue("name") String sort) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", messages.get("core.api.paging.invalid")));
        }
        CustomerFilter filter = new CustomerFilter(q, choice(type, CustomerType.class, "type", errors),
                choice(risk, RiskTolerance.class, "risk_tolerance", errors), repId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AccessScope scope = scopes.current();
        boolean descending = sort.startsWith("-");
        CustomerSort order = CustomerSort.byField(sort.replaceFirst("^[-+]", ""));
        LocalDate today = LocalDate.now(clock);
        List<CustomerJson.Row> rows = search.page(filter, scope, order, descending, (page - 1) * size, size).stream()
                .map(c -> CustomerJson.Row.of(c, today)).toList();
        return new PageResult<>(rows, search.count(filter, scope), page, size);
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        Customer customer = search.find(id, scopes.current())
                .orElseThrow(() -> new RecordNotFoundException(messages.get("customers.notFound")));
        audit.viewed(CustomersModule.ID, "customer", id);
        return tagged(Response.ok(CustomerJson.Full.of(customer, LocalDate.now(clock))), customer).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CustomerInput body) {
        AccessScope scope = scopes.current();
        Customer created = customers.create(CustomerInputs.toCustomer(body, messages), body.salesRepId(), scope);
        return tagged(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CustomerJson.Full.of(created, LocalDate.now(clock))), created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CustomerInput body) {
        AccessScope scope = scopes.current();
        long expectedVersion = version(ifMatch);
        Customer saved = customers.update(id, expectedVersion, CustomerInputs.toCustomer(body, messages), body.salesRepId(), scope);
        return tagged(Response.ok(CustomerJson.Full.of(saved, LocalDate.now(clock))), saved).build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder response, Customer customer) {
        return response.tag(new EntityTag(String.valueOf(customer.getVersion())));
    }

    /** The version the client read, from {@code If-Match: "3"}; required for any change. */
    private long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(428);
        }
        try {
            return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", messages.get("customers.api.etag"));
        }
    }

    private <E extends Enum<E>> E choice(String text, Class<E> type, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, messages.get("customers.api.choice",
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()))));
            return null;
        }
    }
}
