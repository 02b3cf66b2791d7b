package com.wealthai.crm.holdings.infrastructure;

import com.wealthai.crm.holdings.application.ProductMasterRecord;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Reads {@code GET <PRODUCT_MASTER_URL>/api/products} with the bearer token. Any failure (timeout,
 * error status, bad JSON, a product that breaks a rule) is a {@link ProductMasterException} with a
 * reason a person can act on; the caller then changes nothing.
 */
public class ProductMasterClient {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final URI baseUrl;
    private final String token;
    private final Duration timeout;
    private final HttpClient http;

    public ProductMasterClient(URI baseUrl, String token, Duration timeout) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public List<ProductMasterRecord> fetch() {
        URI uri = baseUrl.resolve(baseUrl.getPath().endsWith("/") ? "api/products" : baseUrl.getPath() + "/api/products");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ProductMasterException("timeout after " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new ProductMasterException("cannot reach " + uri.getHost() + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProductMasterException("interrupted");
        }
        if (response.statusCode() != 200) {
            throw new ProductMasterException("HTTP status " + response.statusCode());
        }
        return parse(response.body());
    }

    static List<ProductMasterRecord> parse(String body) {
        JsonObject root;
        try (var reader = JSON.createReader(new StringReader(body))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ProductMasterException("the answer is not a JSON object");
        }
        if (!root.containsKey("products") || root.get("products").getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ProductMasterException("the answer has no \"products\" list");
        }
        List<ProductMasterRecord> records = new ArrayList<>();
        int index = 0;
        for (JsonValue value : root.getJsonArray("products")) {
            try {
                records.add(product(value.asJsonObject()));
            } catch (ClassCastException | IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                throw new ProductMasterException("product #" + (index + 1) + ": " + e.getMessage());
            }
            index++;
        }
        return records;
    }

    private static ProductMasterRecord product(JsonObject o) {
        String code = required(o, "product_code");
        int risk = number(o, "risk_level", null).intValueExact();
        if (risk < 1 || risk > 5) {
            throw new IllegalArgumentException(code + ": risk_level must be 1-5");
        }
        String currency = text(o, "currency", "JPY");
        Currency.getInstance(currency);
        BigDecimal priceUnit = number(o, "price_unit", BigDecimal.ONE);
        if (priceUnit.signum() <= 0) {
            throw new IllegalArgumentException(code + ": price_unit must be positive");
        }
        String maturity = text(o, "maturity_date", null);
        return new ProductMasterRecord(code, required(o, "name"), required(o, "category"), currency,
                text(o, "issuer", null), maturity == null ? null : LocalDate.parse(maturity),
                number(o, "interest_rate", null), risk, number(o, "minimum_investment", BigDecimal.ZERO),
                number(o, "commission_rate", BigDecimal.ZERO), priceUnit,
                !o.containsKey("active") || o.getBoolean("active"));
    }

    private static String required(JsonObject o, String field) {
        String value = text(o, field, null);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value.strip();
    }

    private static String text(JsonObject o, String field, String fallback) {
        JsonValue v = o.get(field);
        return v == null || v == JsonValue.NULL ? fallback : ((JsonString) v).getString();
    }

    private static BigDecimal number(JsonObject o, String field, BigDecimal fallback) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL) {
            if (fallback == null && field.equals("risk_level")) {
                throw new IllegalArgumentException(field + " is missing");
            }
            return fallback;
        }
        return ((JsonNumber) v).bigDecimalValue();
    }
}
