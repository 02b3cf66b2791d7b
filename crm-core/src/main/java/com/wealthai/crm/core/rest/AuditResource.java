package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.application.AuditQuery;
import com.wealthai.crm.core.domain.AuditEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/admin/audit}: the audit trail for administrators and their tools, newest first,
 * filtered like the audit page ({@code actor}, {@code action}, {@code entity_type}, {@code entity_id}).
 */
@Path("admin/audit")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    AuditQuery query;

    @Inject
    CrmMessages messages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject events(@QueryParam("actor") String actor, @QueryParam("action") String action,
                             @QueryParam("entity_type") String entityType, @QueryParam("entity_id") String entityId,
                             @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 1 || size < 1 || size > 500) {
            throw new InvalidInputException("size", messages.get("core.api.paging.invalid"));
        }
        AuditAction parsedAction = null;
        if (action != null && !action.isBlank()) {
            try {
                parsedAction = AuditAction.valueOf(action.trim());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("action", messages.get("core.audit.action.unknown", action));
            }
        }
        AuditQuery.Filter filter = new AuditQuery.Filter(null, null, blank(actor), parsedAction, blank(entityType), blank(entityId));
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (AuditEvent e : query.page(filter, (page - 1) * size, size)) {
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("id", e.getId())
                    .add("occurred_at", e.getOccurredAt().toString())
                    .add("actor", e.getActor())
                    .add("action", e.getAction().name());
            optional(item, "module_id", e.getModuleId());
            optional(item, "entity_type", e.getEntityType());
            optional(item, "entity_id", e.getEntityId());
            optional(item, "detail", e.getDetail());
            optional(item, "client_ip", e.getClientIp());
            items.add(item);
        }
        return JSON.createObjectBuilder().add("items", items).add("total", query.count(filter)).add("page", page).add("size", size).build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
