package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.holdings.domain.Product;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo product master as the issue asks for it, loaded into a real PostgreSQL. */
class HoldingsDemoDataTest {

    private static HoldingsDatabase db;

    @BeforeAll
    static void load() throws Exception {
        db = new HoldingsDatabase();
        db.run(em -> {
            HoldingsDemoData demo = new HoldingsDemoData();
            demo.em = em;
            demo.load();
        });
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static List<Product> products() {
        return db.inTransaction(em -> em.createQuery("select p from Product p", Product.class).getResultList());
    }

    @Test
    void fifteenProductsOverEveryCategoryAndRiskLevel() {
        assertThat(products()).hasSize(15);
        assertThat(products()).extracting(Product::getCategory).contains("国内株式", "外国株式", "投資信託", "国内債券", "外国債券",
                "ETF", "REIT", "外貨預金");
        assertThat(products()).extracting(Product::getRiskLevel).contains(1, 2, 3, 4, 5);
    }

    @Test
    void atLeastTwoInForeignCurrencyAndTwoMaturingWithinAYear() {
        LocalDate inAYear = LocalDate.now(TradeBook.TOKYO).plusYears(1);
        assertThat(products()).filteredOn(p -> !p.getCurrency().equals("JPY")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(products()).filteredOn(p -> p.getMaturityDate() != null && p.getMaturityDate().isBefore(inAYear))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void everyProductHasAYearOfPricesAndTheDollarItsRates() {
        long prices = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from product_prices").getSingleResult()).longValue());
        long rates = db.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from fx_rates where currency = 'USD'").getSingleResult()).longValue());
        assertThat(prices).isEqualTo(15 * 12);
        assertThat(rates).isEqualTo(12);
    }
}
