package com.wealthai.crm.it;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small client for the CRM's REST API as an outside program sees it: JSON in and out, Basic or
 * bearer credentials, nothing shared with the server's code.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;
    private final String language;

    private Api(URI base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** A client for the app deployed at {@code deploymentUrl} (Arquillian's URL of the context root). */
    public static Api at(URL deploymentUrl) {
        return new Api(URI.create(deploymentUrl.toString().endsWith("/") ? deploymentUrl.toString() : deploymentUrl + "/"), null, "ja");
    }

    public Api basic(String login, String password) {
        String pair = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + pair, language);
    }

    public Api bearer(String token) {
        return new Api(base, "Bearer " + token, language);
    }

    public Api authorization(String header) {
        return new Api(base, header, language);
    }

    public Api language(String acceptLanguage) {
        return new Api(base, authorization, acceptLanguage);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code PUT} with the version the client read, as {@code If-Match}. */
    public Reply put(String path, String json, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A query parameter value, URL-encoded (kana and kanji included). */
    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** A response: status, headers and the body, parsed as JSON on demand. */
    public record Reply(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public jakarta.json.JsonObject json() {
            return (jakarta.json.JsonObject) structure();
        }

        public jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
