package com.wealthai.crm.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a rep does in the CRM, one chain per request type, shared by the think-time and the
 * closed-loop simulations. Pages are fetched as a browser with a warm cache would (the HTML only);
 * the API with the login's bearer token.
 */
final class CrmRequests {

    private CrmRequests() {
    }

    static String baseUrl() {
        return System.getProperty("bench.url", "http://localhost:8080/crm");
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(baseUrl())
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("ja")
                .userAgentHeader("WealthAI CRM benchmark (Gatling)")
                .shareConnections();
    }

    /** The form login, as a browser does it: the page (for the view state), then the post. */
    static final ChainBuilder LOGIN = exec(
            http("login page").get("/login.xhtml")
                    .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")),
            http("login").post("/login.xhtml")
                    .formParam("login", "login")
                    .formParam("login:username", "#{login}")
                    .formParam("login:password", BenchUsers.PASSWORD)
                    .formParam("login:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), css("form#login").notExists()));

    static final ChainBuilder DASHBOARD = exec(page("dashboard", "/dashboard.xhtml"));

    static final ChainBuilder API_ME = exec(api("API me", "/api/me").check(jsonPath("$.login").isEL("#{login}")));

    static final ChainBuilder API_STATS = exec(api("API stats", "/api/stats"));

    /**
     * One click, drawn with the weights of a rep's day: {@code pages} the screens only, {@code api}
     * the API only, {@code all} both (two thirds pages).
     */
    static ChainBuilder click(String mix) {
        ChainBuilder pages = randomSwitch().on(
                percent(100.0).then(DASHBOARD));
        ChainBuilder api = randomSwitch().on(
                percent(50.0).then(API_ME),
                percent(50.0).then(API_STATS));
        return switch (mix) {
            case "pages" -> pages;
            case "api" -> api;
            case "all" -> randomSwitch().on(percent(67.0).then(pages), percent(33.0).then(api));
            default -> throw new IllegalArgumentException("bench.mix is pages, api or all, not " + mix);
        };
    }

    /** A page of the shell: 200, and not the login form (a lost session would show it). */
    static io.gatling.javaapi.http.HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200), css("form#login").notExists(), substring("</html>"));
    }

    static io.gatling.javaapi.http.HttpRequestActionBuilder api(String name, String path) {
        return http(name).get(path)
                .header("Authorization", "Bearer #{token}")
                .header("Accept", "application/json")
                .check(status().is(200));
    }

    /** Picks one of the login's own customers into {@code customerId}. */
    static Session pickCustomer(Session session) {
        List<String> ids = session.getList("customerIds");
        return session.set("customerId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
    }

    /** Picks a family name in katakana into {@code kana}, as a rep types it in the search box. */
    static Session pickKana(Session session) {
        var names = com.wealthai.crm.bench.data.JapaneseNames.familyNames();
        return session.set("kana", names.get(ThreadLocalRandom.current().nextInt(names.size())).kana());
    }
}
