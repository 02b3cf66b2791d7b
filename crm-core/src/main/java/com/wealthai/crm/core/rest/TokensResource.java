package com.wealthai.crm.core.rest;

import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.application.ApiTokens;
import com.wealthai.crm.core.domain.ApiToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /api/me/tokens}: the caller's own API tokens, as on the tokens page. The secret is in the
 * response to {@code POST} only.
 */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    ApiTokens tokens;

    @Inject
    AccessScopes scopes;

    @GET
    public JsonArray list() {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        tokens.ofUser(scopes.current().userId()).forEach(t -> list.add(json(t)));
        return list.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        String name = body == null || !body.containsKey("name") || body.isNull("name") ? null
                : body.get("name") instanceof jakarta.json.JsonString s ? s.getString() : null;
        Integer validDays = body != null && body.get("valid_days") instanceof JsonNumber n ? n.intValue() : null;
        ApiTokens.CreatedToken created = tokens.create(scopes.current().userId(), name, validDays);
        JsonObject json = JSON.createObjectBuilder()
                .add("id", created.id())
                .add("name", created.name())
                .add("token", created.secret())
                .build();
        return Response.created(URI.create("api/me/tokens/" + created.id())).entity(json).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(scopes.current().userId(), id);
        return Response.noContent().build();
    }

    private static JsonObject json(ApiToken token) {
        var json = JSON.createObjectBuilder()
                .add("id", token.getId())
                .add("name", token.getName())
                .add("prefix", token.getTokenPrefix())
                .add("created_at", token.getCreatedAt().toString());
        add(json, "expires_at", token.getExpiresAt());
        add(json, "last_used_at", token.getLastUsedAt());
        add(json, "revoked_at", token.getRevokedAt());
        return json.build();
    }

    private static void add(jakarta.json.JsonObjectBuilder json, String name, Object value) {
        json.add(name, value == null ? JsonValue.NULL : JSON.createValue(value.toString()));
    }
}
