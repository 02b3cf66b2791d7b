package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many logged-in page sessions at once, as in the load test: every page view must keep its caller's
 * roles. Before crm-core restored the session's groups itself, Payara 6 lost them for 2–5 % of page
 * views under concurrent sessions (a shared default security context, payara/Payara#6145), and those
 * requests got 403.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSessionsIT {

    private static final String PASSWORD = "wealthai-demo";
    private static final List<String> LOGINS = List.of("r001", "r002", "r003", "r004", "r005", "r006", "r007", "manager");
    private static final int SESSIONS_PER_LOGIN = 3;
    private static final int VIEWS_PER_SESSION = 25;
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    @Test
    void everyPageViewOfManyConcurrentSessionsKeepsItsRoles() throws Exception {
        List<HttpClient> sessions = new ArrayList<>();
        for (String login : LOGINS) {
            for (int i = 0; i < SESSIONS_PER_LOGIN; i++) {
                sessions.add(loggedIn(login));
            }
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger loginForms = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> views = new ArrayList<>();
            for (HttpClient session : sessions) {
                views.add(pool.submit(() -> {
                    for (int v = 0; v < VIEWS_PER_SESSION; v++) {
                        HttpResponse<String> page = session.send(get("dashboard.xhtml"), HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(page.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (page.body().contains("id=\"login\"")) {
                            loginForms.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> view : views) {
                view.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Integer, Integer> counts = statuses.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        assertThat(counts).as("status codes of %d dashboard views", sessions.size() * VIEWS_PER_SESSION)
                .containsOnlyKeys(200).containsEntry(200, sessions.size() * VIEWS_PER_SESSION);
        assertThat(loginForms).as("views that fell back to the login form").hasValue(0);
    }

    /** A browser-like client (its own cookies) that has logged in through the login form. */
    private HttpClient loggedIn(String login) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String form = client.send(get("login.xhtml"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = VIEW_STATE.matcher(form);
        assertThat(viewState.find()).as("view state on the login page").isTrue();
        String body = "login=login&login%3Ausername=" + login + "&login%3Apassword=" + PASSWORD + "&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> dashboard = client.send(HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.statusCode()).as("dashboard after %s logged in", login).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain("id=\"login\"");
        return client;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Accept-Language", "ja").GET().build();
    }

    private URI uri(String path) {
        String base = app.toString().endsWith("/") ? app.toString() : app + "/";
        return URI.create(base + path);
    }
}
