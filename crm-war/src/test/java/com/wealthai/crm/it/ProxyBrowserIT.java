package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.ai.fake.FakeBedrock;
import com.wealthai.crm.deploy.NginxSite;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;

/**
 * The app as operations run it: behind Debian's nginx with the site and snippet of deploy/nginx/, at
 * /crm/ on a loopback port, Payara Micro as the upstream. A rep works a customer through the proxy
 * in headless Chromium (login, kana search, detail with holdings, a note with a follow-up, the
 * dashboard, logout) while the test checks what a proxy most often breaks: redirects that leave
 * /crm/ or name the app's own port, cookies scoped to the wrong path, headers lost on the way; and,
 * through the site's TLS example, that Payara trusts X-Forwarded-Proto (deploy/pre-boot.asadmin,
 * applied here as in production): Secure cookie, HSTS, redirects kept on https; and that an AI
 * answer streams, from the app and through the proxy, instead of arriving all at once.
 * The screenshot lands in target/screenshots/deploy-through-nginx.png.
 */
@ExtendWith(ArquillianExtension.class)
class ProxyBrowserIT {

    private static final String PASSWORD = "wealthai-demo";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static NginxSite nginx;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CrmDeployment.withLabsModule();
    }

    @ArquillianResource
    URL app;

    @BeforeEach
    void proxy() throws IOException {
        if (nginx == null) {
            Path prefix = Files.createDirectories(Path.of("target", "nginx-it"));
            nginx = NginxSite.in(prefix).upstreamPort(app.getPort()).withTls().start();
        }
    }

    @AfterAll
    static void stopProxy() {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    private URI crm() {
        return nginx.crm();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(crm().resolve(path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A redirect target must be on the proxy's own origin (or relative) and under /crm/. */
    private void assertStaysUnderCrm(String location) {
        assertThat(location).as("Location").isNotNull();
        URI target = crm().resolve(location);
        assertThat(target.getHost() + ":" + target.getPort()).as("origin of " + location).isEqualTo("127.0.0.1:" + nginx.port());
        assertThat(target.getPath()).as("path of " + location).startsWith("/crm/");
    }

    @Test
    void redirectsCookiesAndSecurityHeadersSurviveTheProxy() throws Exception {
        HttpResponse<String> bare = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + nginx.port() + "/crm")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).isEqualTo(301);
        assertStaysUnderCrm(bare.headers().firstValue("Location").orElse(null));

        HttpResponse<String> protectedPage = get("dashboard.xhtml");
        assertThat(protectedPage.statusCode()).isIn(302, 303);
        assertStaysUnderCrm(protectedPage.headers().firstValue("Location").orElse(null));

        HttpResponse<String> login = get("login.xhtml");
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("CRMSESSION=").containsIgnoringCase("HttpOnly"));
        assertThat(cookies).allSatisfy(c -> assertThat(c).containsIgnoringCase("Path=/crm"));
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src"));

        // The snippet's own work: versioned Faces resources cached long and compressed. The JDK client
        // offers an HTTP/2 upgrade (h2c) as many clients do; passed on, it left the CSS without a type.
        String stylesheet = login.body().lines().map(String::strip)
                .filter(l -> l.contains("jakarta.faces.resource/components.css") && l.contains("ln=primefaces")).findFirst().orElseThrow();
        String href = stylesheet.replaceAll(".*href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        HttpResponse<String> css = HTTP.send(HttpRequest.newBuilder(crm().resolve(href)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).as(href).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(css.headers().allValues("Cache-Control")).containsExactly("public, max-age=2592000, immutable");
        assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void anAiAnswerStreamsThroughTheProxyInsteadOfArrivingAllAtOnce() throws Exception {
        long direct = millisFromStartToDone(URI.create(app.toString()));
        long proxied = millisFromStartToDone(crm());

        // The model takes 4.5 s (three chunks, 1.5 s apart); the app sends "start" before asking it.
        // Buffered by the proxy, "start" would arrive with "done" at the end; passed on, seconds before.
        assertThat(direct).as("ms from start to done, app asked directly").isGreaterThan(3_000);
        assertThat(proxied).as("ms from start to done through nginx").isGreaterThan(3_000);
    }

    /** Asks a streamed question (the fake model answering slowly) and times the events' arrival. */
    private static long millisFromStartToDone(URI crm) throws Exception {
        FakeBedrock bedrock = ItBedrock.fake();
        bedrock.reset();
        bedrock.replyStreamTextSlowly(Duration.ofMillis(1500), "ポートフォリオの", "主なリスクは", "価格変動です。");
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest ask = HttpRequest.newBuilder(crm.resolve("api/chat/stream")).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic).header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"ポートフォリオのリスクを説明して\"}")).build();

        // HTTP/1.1 as a browser speaks it: a JDK client's default h2c upgrade offer changes how Payara answers.
        HttpClient browserLike = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<java.io.InputStream> response = browserLike.send(ask, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        java.util.Map<String, Long> arrivals = new java.util.LinkedHashMap<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(response.body(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("event:")) {
                    arrivals.putIfAbsent(line.substring(6).trim(), System.nanoTime() / 1_000_000);
                }
            }
        }
        assertThat(arrivals).containsKeys("start", "delta", "done");
        long millis = arrivals.get("done") - arrivals.get("start");
        System.out.println("SSE via " + crm + ": first delta " + (arrivals.get("delta") - arrivals.get("start"))
                + " ms and done " + millis + " ms after start");
        return millis;
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndRedirectsStayOnHttps() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting(nginx.certificate()))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        URI crm = nginx.crmTls();

        HttpResponse<String> protectedPage = client.send(HttpRequest.newBuilder(crm.resolve("dashboard.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(protectedPage.statusCode()).isIn(302, 303);
        assertThat(protectedPage.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(crm.resolve(location).toString()).startsWith(crm + "login.xhtml"));

        HttpResponse<String> login = client.send(HttpRequest.newBuilder(crm.resolve("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("CRMSESSION=").containsIgnoringCase("; Secure").containsIgnoringCase("Path=/crm").containsIgnoringCase("HttpOnly"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    @Test
    void aRepWorksACustomerThroughTheProxyFromLoginToLogout() {
        Api r001 = Api.at(url(crm())).basic("r001", PASSWORD);
        settleUrgentFollowUps(r001);
        String today = LocalDate.now(TOKYO).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        String title = "nginx 経由で登録したフォロー";

        try (Browser browser = Browser.open(url(crm()))) {
            browser.login("r001", PASSWORD);
            assertThat(browser.url()).startsWith(crm() + "dashboard.xhtml");
            closeFollowUpAlert(browser);

            browser.go("/customers/list.xhtml");
            browser.waitFor(By.id("customersForm:text")).sendKeys("ヤマダ");
            browser.click(By.id("customersForm:search"));
            List<String> names = browser.textsWhen(By.cssSelector("#customersForm\\:customers a.customer-name"), n -> n.size() == 1);
            assertThat(names).containsExactly("山田 太郎");

            browser.click(By.linkText("山田 太郎"));
            try {
                browser.waitFor(By.id("profile"));
            } catch (RuntimeException e) {
                browser.screenshot("deploy-through-nginx-failed");
                throw new AssertionError("no detail page at " + browser.url() + ": " + browser.driver().getPageSource(), e);
            }
            assertThat(browser.url()).startsWith(crm() + "customers/detail.xhtml?id=");
            assertThat(browser.text(By.id("profile"))).contains("C0001", "ヤマダ タロウ");
            String holdings = browser.text(By.cssSelector(".holdings-section"));
            assertThat(holdings).contains("評価損益").containsPattern("[0-9][0-9,]*");
            assertThat(browser.driver().findElements(By.cssSelector(".holdings-section tbody tr:not(.ui-datatable-empty-message)")))
                    .as("positions of 山田 太郎 (demo data)").isNotEmpty();

            browser.waitFor(By.id("quickNote:title")).sendKeys(title);
            browser.driver().findElement(By.id("quickNote:content")).sendKeys("nginx 越しに登録し、本日フォローする");
            var followUp = browser.driver().findElement(By.id("quickNote:followUpDate_input"));
            followUp.sendKeys(today);
            followUp.sendKeys(Keys.ESCAPE);
            browser.click(By.id("quickNote:add"));
            browser.textsWhen(By.cssSelector("#customer-notes .note-entry .note-title"), t -> t.contains(title));

            browser.go("/dashboard.xhtml");
            closeFollowUpAlert(browser);
            List<String> widget = browser.textsWhen(By.cssSelector("#follow-up-widget .follow-up-list li"),
                    items -> items.stream().anyMatch(i -> i.contains(title)));
            assertThat(widget).anySatisfy(item -> assertThat(item).contains(today, "山田 太郎", title));
            browser.screenshot("deploy-through-nginx");

            Set<Cookie> cookies = browser.driver().manage().getCookies();
            assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c.getPath()).startsWith("/crm"));

            browser.logout();
            assertThat(browser.url()).startsWith(crm() + "login.xhtml");
            browser.go("/dashboard.xhtml");
            browser.waitFor(By.id("login:username"));
            assertThat(browser.url()).startsWith(crm().toString());
        }
    }

    /**
     * The widget lists the five most urgent follow-ups, oldest first; earlier tests leave r001 with
     * overdue ones. Completing them first, as the rep would, lets today's note be among the five.
     */
    private static void settleUrgentFollowUps(Api rep) {
        JsonObject followUps = rep.get("api/sales-notes/follow-ups").json();
        for (String bucket : List.of("overdue", "due_today")) {
            for (JsonObject note : followUps.getJsonArray(bucket).getValuesAs(JsonObject.class)) {
                Api.Reply done = rep.send(rep.request("api/sales-notes/" + note.getJsonNumber("note_id") + "/complete")
                        .header("If-Match", "\"" + note.getInt("version") + "\"").POST(HttpRequest.BodyPublishers.noBody()));
                assertThat(done.status()).as(done.toString()).isEqualTo(200);
            }
        }
    }

    /** The once-per-session alert of urgent follow-ups is modal; close it to use the page. */
    private static void closeFollowUpAlert(Browser browser) {
        var alerts = browser.driver().findElements(By.id("followUpAlert"));
        if (!alerts.isEmpty() && alerts.get(0).isDisplayed()) {
            browser.click(By.cssSelector("#followUpAlert .ui-dialog-titlebar-close"));
            browser.waitUntilGone(By.id("followUpAlert"));
        }
    }

    /** TLS that trusts exactly the proxy's throwaway certificate (host name checked as usual). */
    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static URL url(URI uri) {
        try {
            return uri.toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
