package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.infrastructure.ProductMasterClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sync against a local fake Product Master on a real PostgreSQL: good, slow, failing and malformed answers. */
class ProductMasterSyncTest {

    private static final String TOKEN = "test-token";
    private static HoldingsDatabase db;
    private static HttpServer fake;
    private static final AtomicReference<Answer> answer = new AtomicReference<>();

    private record Answer(int status, String body, long delayMillis) {
    }

    @BeforeAll
    static void start() throws Exception {
        db = new HoldingsDatabase();
        fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/api/products", exchange -> {
            Answer a = answer.get();
            try {
                Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            boolean authorised = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (authorised ? a.body() : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(authorised ? a.status() : 401, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException e) {
                // the client gave up (slow answer): nothing to do
            }
            exchange.close();
        });
        fake.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        fake.start();
    }

    @AfterAll
    static void stop() throws Exception {
        fake.stop(0);
        db.close();
    }

    @BeforeEach
    void existingProduct() {
        db.run(em -> {
            em.createNativeQuery("delete from products").executeUpdate();
            em.persist(new Product("7203", "トヨタ（旧名）", "国内株式", "JPY", 3, java.math.BigDecimal.ONE));
        });
    }

    private static ProductMasterSyncReport sync(Answer a, String token) {
        answer.set(a);
        ProductMasterClient client = new ProductMasterClient(URI.create("http://127.0.0.1:" + fake.getAddress().getPort()),
                token, Duration.ofMillis(800));
        return db.inTransaction(em -> new ProductMasterSync(em).run(client::fetch));
    }

    private static ProductMasterSyncReport sync(Answer a) {
        return sync(a, TOKEN);
    }

    private static String nameOf(String code) {
        return db.inTransaction(em -> em.createQuery("select p.name from Product p where p.productCode = :c", String.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null));
    }

    private static final String GOOD = """
            {"products": [
              {"product_code": "7203", "name": "トヨタ自動車", "category": "国内株式", "currency": "JPY", "risk_level": 4},
              {"product_code": "UST30", "name": "米国債2030", "category": "外国債券", "currency": "USD", "risk_level": 3,
               "maturity_date": "2030-05-15", "interest_rate": 4.25, "price_unit": 100, "issuer": "U.S. Treasury"}
            ]}""";

    @Test
    void aGoodAnswerUpsertsByProductCode() {
        ProductMasterSyncReport report = sync(new Answer(200, GOOD, 0));

        assertThat(report.applied()).isTrue();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(nameOf("7203")).isEqualTo("トヨタ自動車");
        Product bond = db.inTransaction(em -> em.createQuery("select p from Product p where p.productCode = 'UST30'",
                Product.class).getSingleResult());
        assertThat(bond.getPriceUnit()).isEqualByComparingTo("100");
        assertThat(bond.getInterestRate()).isEqualByComparingTo("4.25");
        assertThat(bond.getMaturityDate()).hasToString("2030-05-15");
    }

    @Test
    void aSlowAnswerTimesOutAndChangesNothing() {
        ProductMasterSyncReport report = sync(new Answer(200, GOOD, 3000));

        assertThat(report.errors()).singleElement().asString().startsWith("timeout");
        assertThat(nameOf("7203")).isEqualTo("トヨタ（旧名）");
        assertThat(nameOf("UST30")).isNull();
    }

    @Test
    void anErrorStatusChangesNothingAndSaysWhich() {
        assertThat(sync(new Answer(503, "{}", 0)).errors()).containsExactly("HTTP status 503");
        assertThat(sync(new Answer(200, GOOD, 0), "wrong").errors()).containsExactly("HTTP status 401");
        assertThat(nameOf("7203")).isEqualTo("トヨタ（旧名）");
    }

    @Test
    void malformedJsonOrAnInvalidProductChangesNothing() {
        assertThat(sync(new Answer(200, "{\"products\": [", 0)).errors()).containsExactly("the answer is not a JSON object");
        assertThat(sync(new Answer(200, "{\"items\": []}", 0)).errors()).containsExactly("the answer has no \"products\" list");
        String badRisk = GOOD.replace("\"risk_level\": 3", "\"risk_level\": 9");
        assertThat(sync(new Answer(200, badRisk, 0)).errors()).containsExactly("product #2: UST30: risk_level must be 1-5");
        assertThat(nameOf("7203")).isEqualTo("トヨタ（旧名）");
    }
}
