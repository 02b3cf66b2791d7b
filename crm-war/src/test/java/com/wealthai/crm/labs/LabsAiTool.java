package com.wealthai.crm.labs;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AiTool;
import com.wealthai.crm.core.api.AiToolResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * The labs module's AI tool, so that the assistant's tests need no other feature module: the
 * portfolio of two made-up customers, 901 (in the first labs rep's book) and 902 (the second's), within the caller's
 * scope like a real module's tool. Its data holds a phone number that it must never hand out.
 */
@ApplicationScoped
public class LabsAiTool implements AiTool {

    public static final String NAME = "get_lab_portfolio";

    @Inject
    LabsReps reps;
    /** Kept in the "record" but never given to the model (data minimisation). */
    public static final String PHONE = "090-1234-5678";

    @Override
    public String moduleId() {
        return LabsModule.ID;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ラボ顧客のポートフォリオ（保有銘柄と評価額）を返す。customer_id を指定する。";
    }

    @Override
    public JsonObject inputSchema() {
        return Json.createObjectBuilder()
                .add("type", "object")
                .add("properties", Json.createObjectBuilder().add("customer_id", Json.createObjectBuilder().add("type", "integer")))
                .add("required", Json.createArrayBuilder().add("customer_id"))
                .build();
    }

    @Override
    public AiToolResult call(JsonObject input, AccessScope scope) {
        if (!(input.get("customer_id") instanceof JsonNumber number) || !number.isIntegral()) {
            throw new IllegalArgumentException("customer_id must be an integer");
        }
        long id = number.longValue();
        Long owner = id == 901 ? Long.valueOf(reps.first()) : id == 902 ? Long.valueOf(reps.second()) : null;
        boolean visible = owner != null && switch (scope.reach()) {
            case ALL, BRANCH -> true;
            case OWN_BOOK -> owner.equals(scope.salesRepId());
            case NONE -> false;
        };
        if (!visible) {
            return new AiToolResult(Json.createObjectBuilder().add("error", "customer " + id + " not found").build(), List.of());
        }
        return new AiToolResult(Json.createObjectBuilder()
                .add("customer_id", id)
                .add("age", 58)
                .add("risk_tolerance", "MODERATE")
                .add("holdings", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("product", "ラボ電機").add("quantity", 300).add("market_value", 1_245_000)))
                .build(), List.of("customer:" + id));
    }
}
