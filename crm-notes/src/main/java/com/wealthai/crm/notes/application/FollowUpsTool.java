package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** AI tool {@code list_follow_ups}: the caller's open follow-ups, overdue, due today and this week. */
@ApplicationScoped
public class FollowUpsTool implements AiTool {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    NoteQueries queries;

    @Inject
    SalesNotes notes;

    @Inject
    CustomerDirectory customers;

    @Override
    public String moduleId() {
        return NotesModule.ID;
    }

    @Override
    public String name() {
        return "list_follow_ups";
    }

    @Override
    public String description() {
        return "The open follow-ups of the user's customers that are overdue, due today or due later this week "
                + "(dates in Japan), with customer, title, date and priority. Use it for 'what do I need to do'.";
    }

    @Override
    public JsonObject inputSchema() {
        return JSON.createObjectBuilder().add("type", "object").add("properties", JSON.createObjectBuilder()).build();
    }

    @Override
    public AiToolResult call(JsonObject input, AccessScope scope) {
        LocalDate today = notes.today();
        List<NoteRow> rows = queries.followUps(today, null, scope);
        Map<Long, CustomerSummary> names = customers.findAll(rows.stream().map(NoteRow::customerId).distinct().toList(), scope);
        List<String> read = new ArrayList<>();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (NoteRow n : rows) {
            read.add("sales_note:" + n.id());
            CustomerSummary customer = names.get(n.customerId());
            items.add(JSON.createObjectBuilder().add("note_id", n.id()).add("customer_id", n.customerId())
                    .add("customer_name", customer == null ? "" : customer.name()).add("title", n.title())
                    .add("follow_up_date", n.followUpDate().toString()).add("priority", n.priority().name())
                    .add("bucket", FollowUpBucket.of(n.followUpDate(), today).name()));
        }
        return new AiToolResult(JSON.createObjectBuilder().add("today", today.toString()).add("follow_ups", items).build(), read);
    }
}
