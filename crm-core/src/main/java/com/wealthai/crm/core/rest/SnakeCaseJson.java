package com.wealthai.crm.core.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON field names in snake_case, as the original system's columns ({@code customer_code},
 * {@code sales_rep_id}), so that its clients keep working; dates as ISO-8601; nulls left out.
 */
@Provider
public class SnakeCaseJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
