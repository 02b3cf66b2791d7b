package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.CustomerType;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.holdings.domain.Holding;
import com.wealthai.crm.holdings.domain.Product;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Price CSV import on a real PostgreSQL: all rows or none, with a report per bad row. */
class PriceImportTest {

    private static HoldingsDatabase db;

    @BeforeAll
    static void start() throws Exception {
        db = new HoldingsDatabase();
        db.run(em -> {
            em.persist(new Product("7203", "トヨタ自動車", "国内株式", "JPY", 4, BigDecimal.ONE));
            em.persist(new Product("6758", "ソニーグループ", "国内株式", "JPY", 4, BigDecimal.ONE));
        });
        CustomerSummary c = new CustomerSummary(1, "C1", "顧客", "コキャク", CustomerType.INDIVIDUAL, RiskTolerance.AGGRESSIVE,
                null, 50, 1L, "担当", "東京");
        db.run(em -> new TradeBook(em, HoldingsDatabase.englishMessages(), SuitabilityPolicy.defaults()).record(c,
                new TradeRequest(1, "7203", "BUY", LocalDate.of(2026, 4, 1), new BigDecimal("100"), new BigDecimal("2500"),
                        BigDecimal.ZERO, null), "r001"));
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static PriceImportReport importing(String csv) {
        return db.inTransaction(em -> new PriceImport(em, HoldingsDatabase.englishMessages()).run(new StringReader(csv)));
    }

    private static long priceRows() {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from product_prices").getSingleResult()).longValue());
    }

    @Test
    void oneBadRowAmongGoodOnesAppliesNothingAndSaysWhichAndWhy() {
        long before = priceRows();
        PriceImportReport report = importing("""
                product_code,date,price
                7203,2026-11-20,2900
                9999,2026-11-20,100
                6758,2026-13-01,-5
                7203,2026-11-20,2950
                """);

        assertThat(report.applied()).isFalse();
        assertThat(report.errors()).extracting(e -> e.line() + " " + e.field() + ": " + e.message()).containsExactly(
                "3 product_code: Unknown product code \"9999\".",
                "4 date: Date \"2026-13-01\" is not a date (yyyy-MM-dd or yyyy/MM/dd).",
                "4 price: Price \"-5\" is not a number of zero or more.",
                "5 date: 7203 has a second price for 2026-11-20.");
        assertThat(priceRows()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotThePriceCsvIsRefusedWhole() {
        assertThat(importing("name;value\nfoo;1\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("The first line must be the header product_code,date,price."));
        assertThat(importing("product_code,date,price\n\"7203,2026-11-20,1\n").applied()).isFalse();
        assertThat(importing("product_code,date,price\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("The file has no price rows."));
    }

    @Test
    void goodRowsAreUpsertedAndTheHoldingsRevaluedAtTheLatestPrice() {
        PriceImportReport first = importing("product_code,date,price\n7203,2026/11/24,2800\n6758,2026-11-24,\"3,100\"\n");
        assertThat(first.applied()).isTrue();
        assertThat(first.pricesApplied()).isEqualTo(2);
        assertThat(first.holdingsRevalued()).isEqualTo(1);

        // A corrected price for the same day replaces the first one.
        importing("product_code,date,price\n7203,2026-11-24,2700\n");

        Holding h = db.inTransaction(em -> em.createQuery("select h from Holding h", Holding.class).getSingleResult());
        assertThat(h.getCurrentPrice()).isEqualByComparingTo("2700");
        assertThat(h.getUnrealizedGainLoss()).isEqualByComparingTo("20000");
    }
}
