package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.domain.RichText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;

/** AI tool {@code get_sales_notes}: a customer's latest notes as plain text, within the caller's scope. */
@ApplicationScoped
public class SalesNotesTool implements AiTool {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    NoteQueries queries;

    @Inject
    CustomerDirectory customers;

    @Override
    public String moduleId() {
        return NotesModule.ID;
    }

    @Override
    public String name() {
        return "get_sales_notes";
    }

    @Override
    public String description() {
        return "The sales rep's notes on one customer (visits, calls, proposals), newest first: date, type, title, "
                + "plain-text content, follow-up date, priority and status. Use it to answer what was discussed or promised.";
    }

    @Override
    public JsonObject inputSchema() {
        return JSON.createObjectBuilder().add("type", "object")
                .add("properties", JSON.createObjectBuilder()
                        .add("customer_id", JSON.createObjectBuilder().add("type", "integer").add("description", "the customer's id"))
                        .add("limit", JSON.createObjectBuilder().add("type", "integer").add("minimum", 1).add("maximum", 50)
                                .add("description", "how many notes, 10 by default")))
                .add("required", JSON.createArrayBuilder().add("customer_id")).build();
    }

    @Override
    public AiToolResult call(JsonObject input, AccessScope scope) {
        if (!input.containsKey("customer_id") || !(input.get("customer_id") instanceof jakarta.json.JsonNumber)) {
            throw new IllegalArgumentException("customer_id (integer) is required");
        }
        long customerId = input.getJsonNumber("customer_id").longValue();
        int limit = Math.max(1, Math.min(50, input.getInt("limit", 10)));
        if (customers.find(customerId, scope).isEmpty()) {
            throw new IllegalArgumentException("No customer " + customerId + " within your scope");
        }
        List<String> read = new ArrayList<>(List.of("customer:" + customerId));
        JsonArrayBuilder notes = JSON.createArrayBuilder();
        for (NoteRow n : queries.timeline(customerId, limit, scope)) {
            read.add("sales_note:" + n.id());
            var note = JSON.createObjectBuilder().add("note_id", n.id()).add("note_date", n.noteDate().toString())
                    .add("note_type", n.noteType().name()).add("title", n.title())
                    .add("content", RichText.plainText(n.content())).add("priority", n.priority().name())
                    .add("status", n.status().name());
            if (n.followUpDate() != null) {
                note.add("follow_up_date", n.followUpDate().toString());
            }
            notes.add(note);
        }
        return new AiToolResult(JSON.createObjectBuilder().add("customer_id", customerId).add("notes", notes).build(), read);
    }
}
