package com.wealthai.crm.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The app against an external PostgreSQL (production configuration: {@code DB_HOST}, a data key,
 * the first admin's password from the environment) that is not there at start-up, then comes, then
 * goes away and comes back. The app must start anyway, say clearly that it is waiting, become ready
 * by itself, answer 503 (not a stack trace) while the database is away, and recover.
 *
 * <p>Payara Micro is started as a plain process here, because the database must be configured
 * before the app starts and come up only afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

    private static final String ADMIN_PASSWORD = "outage-test-password";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static Process payara;
    private static EmbeddedPostgres postgres;
    private static int databasePort;
    private static Path databaseDir;
    private static URL app;

    @BeforeAll
    static void startAppWithoutItsDatabase() throws Exception {
        databasePort = freePort();
        int httpPort = freePort();
        databaseDir = Files.createTempDirectory("crm-outage-pg");
        Path log = Path.of("target", "database-outage-payara.log");
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC", "-Duser.timezone=Asia/Tokyo",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--nocluster", "--port", String.valueOf(httpPort), "--contextroot", "crm",
                "--deploy", System.getProperty("crm.war", "target/crm.war")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DB_HOST", "localhost");
        builder.environment().put("DB_PORT", String.valueOf(databasePort));
        builder.environment().put("DB_NAME", "postgres");
        builder.environment().put("DB_USER", "postgres");
        builder.environment().put("CRM_DATA_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        builder.environment().put("CRM_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("CRM_DATA_DIR", Files.createTempDirectory("crm-outage-data").toString());
        payara = builder.start();
        app = new URL("http://localhost:" + httpPort + "/crm/");
        waitUntil("the app is deployed", () -> Api.at(app).get("api/health").status() == 503);
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (payara != null) {
            payara.destroy();
            payara.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).join();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void withoutItsDatabaseTheAppRunsAndSaysWhy() {
        Api.Reply health = Api.at(app).get("api/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().getString("status")).isEqualTo("DOWN");
        assertThat(health.json().getJsonObject("database").getString("status")).isEqualTo("DOWN");

        Api.Reply api = Api.at(app).basic("admin", ADMIN_PASSWORD).get("api/me");
        assertThat(api.status()).isEqualTo(503);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().getString("title")).isEqualTo("ただいま利用できません");

        Api.Reply page = Api.at(app).get("login.xhtml");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("データベースに接続できないため");
    }

    @Test
    @Order(2)
    void whenTheDatabaseComesTheAppBecomesReadyByItself() throws IOException {
        postgres = startDatabase();

        waitUntil("health is UP", () -> Api.at(app).get("api/health").status() == 200);
        Api.Reply me = Api.at(app).basic("admin", ADMIN_PASSWORD).get("api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("login")).isEqualTo("admin");
    }

    @Test
    @Order(3)
    void productionHasNoDemoDataAndNoDemoPassword() {
        assertThat(Api.at(app).basic("admin", "wealthai-demo").get("api/me").status()).isEqualTo(401);
        assertThat(Api.at(app).basic("r001", "wealthai-demo").get("api/me").status()).isEqualTo(401);
    }

    @Test
    @Order(4)
    void whileTheDatabaseIsAwayRequestsGet503AndTheAppRecoversWhenItReturns() throws IOException {
        postgres.close();
        postgres = null;

        waitUntil("health says the database is DOWN", () -> Api.at(app).get("api/health").status() == 503);
        Api.Reply during = Api.at(app).basic("admin", ADMIN_PASSWORD).get("api/me");
        assertThat(during.status()).isEqualTo(503);
        assertThat(during.contentType()).startsWith("application/problem+json");

        postgres = startDatabase();

        waitUntil("health is UP again", () -> Api.at(app).get("api/health").status() == 200);
        waitUntil("the API works again", () -> Api.at(app).basic("admin", ADMIN_PASSWORD).get("api/me").status() == 200);
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(databasePort)
                .setDataDirectory(databaseDir)
                .setCleanDataDirectory(false)
                .start();
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Predicate<Void> ok = unused -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException notYet) {
                return false;
            }
        };
        while (!ok.test(null)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            if (!payara.isAlive()) {
                throw new AssertionError("Payara Micro exited while waiting until " + what + "; see target/database-outage-payara.log");
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
