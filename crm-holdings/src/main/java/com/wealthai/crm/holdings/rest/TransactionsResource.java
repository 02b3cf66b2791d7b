package com.wealthai.crm.holdings.rest;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.FieldError;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.holdings.application.HoldingsService;
import com.wealthai.crm.holdings.application.RecordedTrade;
import com.wealthai.crm.holdings.application.TradeRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/transactions}: records a buy or a sell (the customer's history is {@link CustomerTradesResource}). */
@Path("transactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransactionsResource {

    @Inject
    HoldingsService holdings;

    @Inject
    CrmMessages messages;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(JsonObject body) {
        RecordedTrade recorded = holdings.record(request(body));
        return Response.status(Response.Status.CREATED).entity(HoldingsJson.recorded(recorded).build()).build();
    }

    /** Reads the body; values of the wrong type are reported per field (422) rather than as a bare 400. */
    private TradeRequest request(JsonObject body) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal customerNumber = number(body, "customer_id", errors);
        Long customerId = customerNumber == null ? null : customerNumber.longValue();
        if (customerId == null) {
            errors.add(new FieldError("customer_id", messages.get("holdings.api.error.customer")));
        }
        String dateText = text(body, "trade_date", errors);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("trade_date", messages.get("holdings.trade.error.dateRequired")));
            }
        }
        TradeRequest request = new TradeRequest(customerId == null ? 0 : customerId, text(body, "product_code", errors),
                text(body, "transaction_type", errors), date, number(body, "quantity", errors),
                number(body, "unit_price", errors), number(body, "fees", errors), text(body, "suitability_reason", errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return request;
    }

    private String text(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, messages.get("holdings.api.error.text")));
        return null;
    }

    private BigDecimal number(JsonObject body, String field, List<FieldError> errors) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (v instanceof JsonString s) {
            try {
                return new BigDecimal(s.getString().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        errors.add(new FieldError(field, messages.get("holdings.api.error.number")));
        return null;
    }
}
