package com.wealthai.crm.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
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

    /*
     * Checks read the page as text: an HTML parser (css checks) on every page cost Gatling, which
     * shares the two cores with the app and its database, several times their CPU.
     */
    private static final io.gatling.javaapi.core.CheckBuilder.Final VIEW_STATE =
            regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final io.gatling.javaapi.core.CheckBuilder.Final NONCE = regex("<script[^>]* nonce=\"([^\"]+)\"");
    /** A lost session would show the login form instead of the page. */
    private static final io.gatling.javaapi.core.CheckBuilder.Final NO_LOGIN_FORM = substring("<form id=\"login\"").notExists();

    /** The form login, as a browser does it: the page (for the view state), then the post. */
    static final ChainBuilder LOGIN = exec(
            http("login page").get("/login.xhtml")
                    .check(status().is(200), VIEW_STATE.saveAs("viewState")),
            http("login").post("/login.xhtml")
                    .formParam("login", "login")
                    .formParam("login:username", "#{login}")
                    .formParam("login:password", BenchUsers.PASSWORD)
                    .formParam("login:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), NO_LOGIN_FORM));

    static final ChainBuilder DASHBOARD = exec(page("dashboard", "/dashboard.xhtml"));

    static final ChainBuilder CUSTOMER_LIST = exec(page("customer list", "/customers/list.xhtml")
            .check(VIEW_STATE.saveAs("listViewState"), NONCE.saveAs("listNonce")));

    /**
     * The list's search box, as the browser sends it: the list page (its view state), then the
     * PrimeFaces Ajax post of the search button with the typed kana (and the page's CSP nonce),
     * answered by the table's update.
     */
    static final ChainBuilder KANA_SEARCH = exec(CrmRequests::pickKana)
            .exec(CUSTOMER_LIST)
            .exec(http("customer search by kana").post("/customers/list.xhtml")
                    .header("Faces-Request", "partial/ajax")
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.source", "customersForm:search")
                    .formParam("jakarta.faces.partial.execute", "customersForm")
                    .formParam("jakarta.faces.partial.render", "customersForm:customers")
                    .formParam("customersForm:search", "customersForm:search")
                    .formParam("customersForm", "customersForm")
                    .formParam("customersForm:text", "#{kana}")
                    .formParam("jakarta.faces.ViewState", "#{listViewState}")
                    // PrimeFaces' content security policy: an Ajax post carries the page's nonce
                    .formParam("primefaces.nonce", "#{listNonce}")
                    .check(status().is(200), substring("<partial-response"), substring("customersForm:customers"),
                            substring("<redirect").notExists()));

    /** The customer page with its sections: profile, holdings with gains and losses, the notes timeline. */
    static final ChainBuilder CUSTOMER_DETAIL = exec(CrmRequests::pickCustomer)
            .exec(page("customer detail", "/customers/detail.xhtml?id=#{customerId}"));

    /** A customer's portfolio analysis page: allocation, concentration, maturity ladder, inflows, valuation history. */
    static final ChainBuilder PORTFOLIO_PAGE = exec(CrmRequests::pickCustomer)
            .exec(page("portfolio analysis", "/holdings/analysis.xhtml?customer=#{customerId}"));

    static final ChainBuilder NOTES_LIST = exec(page("notes list", "/notes/list.xhtml"));

    static final ChainBuilder FOLLOW_UPS = exec(page("follow-ups", "/notes/follow-ups.xhtml"));

    static final ChainBuilder ADD_NOTE = exec(CrmRequests::pickCustomer)
            .exec(http("API add note").post("/api/sales-notes")
                    .header("Authorization", "Bearer #{token}")
                    .header("Accept", "application/json")
                    .body(io.gatling.javaapi.core.CoreDsl.StringBody("""
                            {"customer_id": #{customerId}, "note_type": "CALL", "title": "電話：ポートフォリオの確認",
                             "content": "<p>負荷試験で追加したメモ。</p>", "note_date": "#{today}", "priority": "MEDIUM", "status": "OPEN"}"""))
                    .asJson()
                    .check(status().is(201)));

    static final ChainBuilder API_ME = exec(api("API me", "/api/me").check(jsonPath("$.login").isEL("#{login}")));

    static final ChainBuilder API_STATS = exec(api("API stats", "/api/stats"));

    static final ChainBuilder API_CUSTOMERS = exec(CrmRequests::pickKana)
            .exec(api("API customers by kana", "/api/customers?q=#{kana}&size=20"));

    static final ChainBuilder API_CUSTOMER = exec(CrmRequests::pickCustomer)
            .exec(api("API customer", "/api/customers/#{customerId}"));

    static final ChainBuilder API_HOLDINGS = exec(CrmRequests::pickCustomer)
            .exec(api("API customer holdings", "/api/holdings/customer/#{customerId}"));

    static final ChainBuilder API_PORTFOLIO = exec(CrmRequests::pickCustomer)
            .exec(api("API portfolio analysis", "/api/customers/#{customerId}/portfolio"));

    static final ChainBuilder API_TRANSACTIONS = exec(CrmRequests::pickCustomer)
            .exec(api("API customer transactions", "/api/customers/#{customerId}/transactions?size=20"));

    static final ChainBuilder API_NOTES = exec(CrmRequests::pickCustomer)
            .exec(api("API notes timeline", "/api/sales-notes?customer_id=#{customerId}&size=20"));

    static final ChainBuilder API_NOTES_SEARCH = exec(api("API notes text search", "/api/sales-notes?q=%E3%81%A4%E3%81%BF%E3%81%9F%E3%81%A6&size=20"));

    /** Request types by name, with their weight in a rep's day; {@code -Dbench.requests=dashboard,api_me} picks some. */
    private static final java.util.Map<String, Object[]> PAGES = new java.util.LinkedHashMap<>();
    private static final java.util.Map<String, Object[]> API = new java.util.LinkedHashMap<>();

    static {
        PAGES.put("dashboard", new Object[] {25.0, DASHBOARD});
        PAGES.put("customer_list", new Object[] {15.0, CUSTOMER_LIST});
        PAGES.put("kana_search", new Object[] {15.0, KANA_SEARCH});
        PAGES.put("customer_detail", new Object[] {25.0, CUSTOMER_DETAIL});
        PAGES.put("portfolio_page", new Object[] {5.0, PORTFOLIO_PAGE});
        PAGES.put("notes_list", new Object[] {10.0, NOTES_LIST});
        PAGES.put("follow_ups", new Object[] {5.0, FOLLOW_UPS});
        API.put("api_me", new Object[] {5.0, API_ME});
        API.put("api_stats", new Object[] {5.0, API_STATS});
        API.put("api_customers", new Object[] {15.0, API_CUSTOMERS});
        API.put("api_customer", new Object[] {15.0, API_CUSTOMER});
        API.put("api_holdings", new Object[] {15.0, API_HOLDINGS});
        API.put("api_portfolio", new Object[] {10.0, API_PORTFOLIO});
        API.put("api_transactions", new Object[] {10.0, API_TRANSACTIONS});
        API.put("api_notes", new Object[] {10.0, API_NOTES});
        API.put("api_notes_search", new Object[] {5.0, API_NOTES_SEARCH});
        API.put("add_note", new Object[] {10.0, ADD_NOTE});
    }

    /**
     * One click, drawn with the weights of a rep's day: {@code pages} the screens only, {@code api}
     * the API only, {@code all} both (two thirds pages).
     */
    static ChainBuilder click(String mix) {
        ChainBuilder pages = weighted(PAGES);
        ChainBuilder api = weighted(API);
        return switch (mix) {
            case "pages" -> pages;
            case "api" -> api;
            case "all" -> randomSwitch().on(percent(67.0).then(pages), percent(33.0).then(api));
            default -> throw new IllegalArgumentException("bench.mix is pages, api or all, not " + mix);
        };
    }

    /** The chosen request types (all by default), their weights scaled to 100 %. */
    private static ChainBuilder weighted(java.util.Map<String, Object[]> types) {
        java.util.Set<String> chosen = java.util.Set.of(System.getProperty("bench.requests",
                String.join(",", PAGES.keySet()) + "," + String.join(",", API.keySet())).split(","));
        List<java.util.Map.Entry<String, Object[]>> kept = types.entrySet().stream().filter(e -> chosen.contains(e.getKey())).toList();
        double total = kept.stream().mapToDouble(e -> (Double) e.getValue()[0]).sum();
        if (kept.isEmpty()) {
            return exec(session -> session);
        }
        return randomSwitch().on(kept.stream()
                .map(e -> percent((Double) e.getValue()[0] * 100.0 / total).then((ChainBuilder) e.getValue()[1]))
                .toArray(io.gatling.javaapi.core.Choice.WithWeight[]::new));
    }

    /** A page of the shell: 200, and not the login form (a lost session would show it). */
    static io.gatling.javaapi.http.HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(status().is(200), NO_LOGIN_FORM, substring("</html>"));
    }

    static io.gatling.javaapi.http.HttpRequestActionBuilder api(String name, String path) {
        return http(name).get(path)
                .header("Authorization", "Bearer #{token}")
                .header("Accept", "application/json")
                .check(status().is(200));
    }

    /** Picks one of the login's own customers into {@code customerId}, and today's date into {@code today}. */
    static Session pickCustomer(Session session) {
        List<String> ids = session.getList("customerIds");
        return session.set("customerId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())))
                .set("today", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString());
    }

    /** Picks a family name in katakana into {@code kana}, as a rep types it in the search box. */
    static Session pickKana(Session session) {
        var names = com.wealthai.crm.bench.data.JapaneseNames.familyNames();
        return session.set("kana", names.get(ThreadLocalRandom.current().nextInt(names.size())).kana());
    }
}
