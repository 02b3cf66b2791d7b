package com.wealthai.crm.notes.rest;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.notes.application.NoteInput;
import com.wealthai.crm.notes.application.NoteRow;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import com.wealthai.crm.notes.domain.NotePriority;
import com.wealthai.crm.notes.domain.NoteStatus;
import com.wealthai.crm.notes.domain.NoteType;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Notes in and out of the API, with the seed's column names in snake_case. */
final class NoteJson {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private NoteJson() {
    }

    static JsonObject of(NoteRow n, CustomerSummary customer, LocalDate today) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("note_id", n.id())
                .add("customer_id", n.customerId())
                .add("sales_rep_id", n.salesRepId())
                .add("note_type", n.noteType().name())
                .add("title", n.title())
                .add("note_date", n.noteDate().toString())
                .add("priority", n.priority().name())
                .add("status", n.status().name())
                .add("created_at", n.createdAt().toString())
                .add("updated_at", n.updatedAt().toString())
                .add("version", n.version());
        if (customer != null) {
            json.add("customer_name", customer.name()).add("customer_code", customer.customerCode());
        }
        optional(json, "content", n.content());
        optional(json, "created_by", n.createdBy());
        optional(json, "updated_by", n.updatedBy());
        optional(json, "completed_at", n.completedAt());
        if (n.followUpDate() != null) {
            json.add("follow_up_date", n.followUpDate().toString());
            if (n.status().isOpen()) {
                json.add("follow_up_bucket", FollowUpBucket.of(n.followUpDate(), today).name());
            }
        }
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }

    /** Reads a note from a request body; every unreadable field is reported, nothing is guessed. */
    static NoteInput input(JsonObject body, CrmMessages messages) {
        List<FieldError> errors = new ArrayList<>();
        Long customerId = null;
        JsonValue customer = body.get("customer_id");
        if (customer instanceof JsonNumber number && number.isIntegral()) {
            customerId = number.longValue();
        } else if (customer != null && customer.getValueType() != JsonValue.ValueType.NULL) {
            errors.add(new FieldError("customer_id", messages.get("notes.api.error.number")));
        }
        NoteInput input = new NoteInput(customerId,
                choice(body, "note_type", NoteType.class, errors, messages),
                text(body, "title", errors, messages),
                text(body, "content", errors, messages),
                date(body, "note_date", errors, messages),
                date(body, "follow_up_date", errors, messages),
                choice(body, "priority", NotePriority.class, errors, messages),
                choice(body, "status", NoteStatus.class, errors, messages));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input;
    }

    private static String text(JsonObject body, String field, List<FieldError> errors, CrmMessages messages) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        errors.add(new FieldError(field, messages.get("notes.api.error.text")));
        return null;
    }

    private static LocalDate date(JsonObject body, String field, List<FieldError> errors, CrmMessages messages) {
        return parseDate(text(body, field, errors, messages), field, errors, messages);
    }

    static LocalDate parseDate(String text, String field, List<FieldError> errors, CrmMessages messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, messages.get("notes.api.error.date")));
            return null;
        }
    }

    static <E extends Enum<E>> E choice(JsonObject body, String field, Class<E> type, List<FieldError> errors, CrmMessages messages) {
        String text = text(body, field, errors, messages);
        return text == null || text.isBlank() ? null : parse(text, type, field, errors, messages);
    }

    static <E extends Enum<E>> E parse(String text, Class<E> type, String field, List<FieldError> errors, CrmMessages messages) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(new FieldError(field, messages.get("notes.api.error.choice", String.join(", ", allowed))));
            return null;
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

}
