package com.wealthai.crm.ai.application;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/** Converts between the JSON of our tools (Jakarta JSON-P) and the AWS SDK's {@link Document}. */
public final class JsonDocuments {

    /** Looked up once: {@code Json.createX} searches the class path for the provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonDocuments() {
    }

    public static Document toDocument(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Document> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, toDocument(v)));
                yield Document.fromMap(map);
            }
            case ARRAY -> Document.fromList(value.asJsonArray().stream().map(JsonDocuments::toDocument).toList());
            case STRING -> Document.fromString(((JsonString) value).getString());
            case NUMBER -> Document.fromNumber(SdkNumber.fromBigDecimal(((JsonNumber) value).bigDecimalValue()));
            case TRUE -> Document.fromBoolean(true);
            case FALSE -> Document.fromBoolean(false);
            case NULL -> Document.fromNull();
        };
    }

    public static JsonValue toJson(Document document) {
        if (document == null || document.isNull()) {
            return JsonValue.NULL;
        }
        if (document.isMap()) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            document.asMap().forEach((k, v) -> object.add(k, toJson(v)));
            return object.build();
        }
        if (document.isList()) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            List<Document> list = document.asList();
            list.forEach(v -> array.add(toJson(v)));
            return array.build();
        }
        if (document.isString()) {
            return JSON.createValue(document.asString());
        }
        if (document.isNumber()) {
            return JSON.createValue(document.asNumber().bigDecimalValue());
        }
        return document.asBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
    }

    /** The model's tool input as an object; anything else is a malformed call. */
    public static JsonObject toObject(Document document) {
        JsonValue json = toJson(document);
        if (json.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException("tool input must be a JSON object");
        }
        return json.asJsonObject();
    }
}
