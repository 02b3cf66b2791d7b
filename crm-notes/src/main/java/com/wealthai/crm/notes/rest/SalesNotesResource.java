package com.wealthai.crm.notes.rest;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.application.NoteFilter;
import com.wealthai.crm.notes.application.NoteQueries;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.application.NoteSort;
import com.wealthai.crm.notes.application.SalesNotes;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import com.wealthai.crm.notes.domain.SalesNote;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/sales-notes}: the notes and follow-ups of the caller's customers. Lists are paged
 * ({@code {"items","total","page","size"}}); a note carries its version as ETag, and {@code PUT}
 * needs it back in {@code If-Match} (412 when someone saved in between, 428 without it).
 */
@Path("sales-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SalesNotesResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    SalesNotes notes;

    @Inject
    NoteQueries queries;

    @Inject
    CustomerDirectory customers;

    @Inject
    AccessScopes scopes;

    @Inject
    CrmMessages messages;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list(@QueryParam("customer_id") Long customerId, @QueryParam("rep_id") Long repId,
                           @QueryParam("note_type") String noteType, @QueryParam("status") String status,
                           @QueryParam("priority") String priority, @QueryParam("due_before") String dueBefore,
                           @QueryParam("follow_up_from") String followUpFrom, @QueryParam("follow_up_to") String followUpTo,
                           @QueryParam("q") String q, @QueryParam("sort") @DefaultValue("-note_date") String sort,
                           @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1 || size < 1 || size > 500) {
            errors.add(new FieldError("size", messages.get("core.api.paging.invalid")));
        }
        NoteFilter filter = new NoteFilter(customerId, repId, optional(noteType, NoteType.class, "note_type", errors),
                optional(priority, NotePriority.class, "priority", errors), optional(status, NoteStatus.class, "status", errors),
                date(followUpFrom, "follow_up_from", errors), date(followUpTo, "follow_up_to", errors),
                date(dueBefore, "due_before", errors), q);
        boolean descending = sort.startsWith("-");
        NoteSort order = optional(sort.replaceFirst("^[-+]", ""), NoteSort.class, "sort", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AccessScope scope = scopes.current();
        List<NoteRow> rows = queries.page(filter, order == null ? NoteSort.NOTE_DATE : order, descending, (page - 1) * size, size, scope);
        return JSON.createObjectBuilder().add("items", items(rows, scope)).add("total", queries.count(filter, scope))
                .add("page", page).add("size", size).build();
    }

    @GET
    @Path("follow-ups")
    public JsonObject followUps(@QueryParam("rep_id") Long repId) {
        AccessScope scope = scopes.current();
        LocalDate today = notes.today();
        List<NoteRow> rows = queries.followUps(today, repId, scope);
        Map<FollowUpBucket, List<NoteRow>> buckets = new EnumMap<>(FollowUpBucket.class);
        for (NoteRow row : rows) {
            buckets.computeIfAbsent(FollowUpBucket.of(row.followUpDate(), today), b -> new ArrayList<>()).add(row);
        }
        return JSON.createObjectBuilder()
                .add("today", today.toString())
                .add("overdue", items(buckets.getOrDefault(FollowUpBucket.OVERDUE, List.of()), scope))
                .add("due_today", items(buckets.getOrDefault(FollowUpBucket.TODAY, List.of()), scope))
                .add("this_week", items(buckets.getOrDefault(FollowUpBucket.THIS_WEEK, List.of()), scope))
                .build();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") long id) {
        AccessScope scope = scopes.current();
        SalesNote note = notes.read(id, scope);
        return withTag(Response.ok(json(note.getId(), scope)), note.getVersion()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        AccessScope scope = scopes.current();
        SalesNote note = notes.create(NoteJson.input(body, messages), scope);
        return withTag(Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(note.getId())).build())
                .entity(json(note.getId(), scope)), note.getVersion()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        AccessScope scope = scopes.current();
        SalesNote note = notes.update(id, version(ifMatch), NoteJson.input(body, messages), scope);
        return withTag(Response.ok(json(note.getId(), scope)), note.getVersion()).build();
    }

    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        AccessScope scope = scopes.current();
        SalesNote note = notes.complete(id, version(ifMatch), scope);
        return withTag(Response.ok(json(note.getId(), scope)), note.getVersion()).build();
    }

    @POST
    @Path("{id}/postpone")
    public Response postpone(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                             @QueryParam("days") @DefaultValue("1") int days) {
        if (days < 1 || days > 365) {
            throw new InvalidInputException("days", messages.get("notes.api.error.days"));
        }
        AccessScope scope = scopes.current();
        SalesNote note = notes.postpone(id, version(ifMatch), days, scope);
        return withTag(Response.ok(json(note.getId(), scope)), note.getVersion()).build();
    }

    private JsonObject json(long noteId, AccessScope scope) {
        NoteRow row = queries.byId(noteId, scope).orElseThrow();
        return NoteJson.of(row, customers.find(row.customerId(), scope).orElse(null), notes.today());
    }

    private JsonArrayBuilder items(List<NoteRow> rows, AccessScope scope) {
        Map<Long, CustomerSummary> names = customers.findAll(rows.stream().map(NoteRow::customerId).distinct().toList(), scope);
        LocalDate today = notes.today();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        rows.forEach(row -> items.add(NoteJson.of(row, names.get(row.customerId()), today)));
        return items;
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, long version) {
        return response.tag(new EntityTag(String.valueOf(version)));
    }

    /** The version the client read, from {@code If-Match: "3"}; required for changes. */
    private long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(428);
        }
        try {
            return Long.parseLong(ifMatch.trim().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", messages.get("notes.api.error.etag"));
        }
    }

    private <E extends Enum<E>> E optional(String text, Class<E> type, String field, List<FieldError> errors) {
        return text == null || text.isBlank() ? null : NoteJson.parse(text, type, field, errors, messages);
    }

    private LocalDate date(String text, String field, List<FieldError> errors) {
        return NoteJson.parseDate(text, field, errors, messages);
    }
}
