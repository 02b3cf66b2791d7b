package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.api.CustomerDirectory;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The newest price of each product, kept in latest_prices by triggers (migration V2), on a real
 * PostgreSQL with the demo book: whatever changes the price history, the book's positions are valued
 * at the price a rep would look up by hand, the newest one dated on or before the day.
 */
class LatestPricesTest {

    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    private static final LocalDate TODAY = LocalDate.now(TradeBook.TOKYO);
    private static final CustomerDirectory DIRECTORY = DemoCustomers.directory();
    /** トヨタ自動車, held by several demo customers. */
    private static final String TOYOTA = "7203";
    private static HoldingsDatabase db;
    private static long toyota;

    @BeforeAll
    static void load() throws Exception {
        db = HoldingsDatabase.withDemoBook(TODAY);
        toyota = db.inTransaction(em -> ((Number) em.createNativeQuery("select id from products where product_code = ?1")
                .setParameter(1, TOYOTA).getSingleResult()).longValue());
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void everyProductsKeptPriceIsItsNewestRow() {
        assertThat(mismatches()).isZero();
        int kept = count("select count(*) from latest_prices");
        assertThat(kept).isPositive().isEqualTo(count("select count(distinct product_id) from product_prices"));
    }

    private static int count(String sql) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(sql).getSingleResult()).intValue());
    }

    @Test
    void aNewerPriceAnOlderOneACorrectionAndADeletionAreAllFollowed() {
        LocalDate newest = newestDate();
        BigDecimal before = priceOfToyota(TODAY);

        // an older price (a back-filled history) leaves the newest in place
        setPrice(newest.minusYears(3), new BigDecimal("1.000000"));
        assertThat(priceOfToyota(TODAY)).isEqualByComparingTo(before);

        // a correction of the newest price is seen at once
        db.run(em -> em.createNativeQuery("update product_prices set price = price + 100 where product_id = ?1 and price_date = ?2")
                .setParameter(1, toyota).setParameter(2, Date.valueOf(newest)).executeUpdate());
        assertThat(priceOfToyota(TODAY)).isEqualByComparingTo(before.add(new BigDecimal("100")));

        // deleting the newest price falls back to the one before it
        BigDecimal previous = db.inTransaction(em -> (BigDecimal) em.createNativeQuery(
                        "select price from product_prices where product_id = ?1 and price_date < ?2 order by price_date desc limit 1")
                .setParameter(1, toyota).setParameter(2, Date.valueOf(newest)).getSingleResult());
        db.run(em -> em.createNativeQuery("delete from product_prices where product_id = ?1 and price_date = ?2")
                .setParameter(1, toyota).setParameter(2, Date.valueOf(newest)).executeUpdate());
        assertThat(priceOfToyota(TODAY)).isEqualByComparingTo(previous);

        // an upsert of today's price, as the price import writes it
        setPrice(newest, new BigDecimal("2500.000000"));
        assertThat(priceOfToyota(TODAY)).isEqualByComparingTo("2500");
        assertThat(mismatches()).isZero();
    }

    @Test
    void aPriceEnteredAheadCountsOnlyFromItsDay() {
        BigDecimal today = priceOfToyota(TODAY);
        LocalDate ahead = TODAY.plusDays(3);
        setPrice(ahead, new BigDecimal("9999.000000"));

        assertThat(priceOfToyota(TODAY)).as("today's positions are still valued at today's price").isEqualByComparingTo(today);
        assertThat(priceOfToyota(ahead)).isEqualByComparingTo("9999");

        db.run(em -> em.createNativeQuery("delete from product_prices where product_id = ?1 and price_date = ?2")
                .setParameter(1, toyota).setParameter(2, Date.valueOf(ahead)).executeUpdate());
        assertThat(mismatches()).isZero();
    }

    /**
     * The price of the demo customers' Toyota positions on that day, as the list shows it position by
     * position; the book's totals (the SQL that reads latest_prices) must add up to the same.
     */
    private static BigDecimal priceOfToyota(LocalDate day) {
        HoldingFilter toyotaOnly = new HoldingFilter(TOYOTA, null, null);
        List<HoldingView> positions = db.inTransaction(em -> new BookHoldings(em, DIRECTORY)
                .page(toyotaOnly, ADMIN, HoldingSort.PRODUCT, false, 0, 100, day));
        assertThat(positions).isNotEmpty().allSatisfy(h -> assertThat(h.productCode()).isEqualTo(TOYOTA));
        BigDecimal price = positions.get(0).currentPrice();
        BigDecimal quantity = positions.stream().map(HoldingView::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BookTotals totals = db.inTransaction(em -> new BookHoldings(em, DIRECTORY).totals(toyotaOnly, ADMIN, day));
        assertThat(totals.marketValueJpy().subtract(quantity.multiply(price)).abs()).as("the book's total at that price")
                .isLessThanOrEqualTo(BigDecimal.ONE);
        return price;
    }

    private static LocalDate newestDate() {
        return db.inTransaction(em -> ((Date) em.createNativeQuery("select max(price_date) from product_prices where product_id = ?1")
                .setParameter(1, toyota).getSingleResult()).toLocalDate());
    }

    private static void setPrice(LocalDate day, BigDecimal price) {
        db.run(em -> em.createNativeQuery("insert into product_prices (product_id, price_date, price) values (?1, ?2, ?3)"
                        + " on conflict (product_id, price_date) do update set price = excluded.price")
                .setParameter(1, toyota).setParameter(2, Date.valueOf(day)).setParameter(3, price).executeUpdate());
    }

    /** Products whose kept price is not their newest row. */
    private static int mismatches() {
        return db.inTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from (select distinct on (product_id) product_id, price_date, price from product_prices"
                        + " order by product_id, price_date desc) n full join latest_prices l on l.product_id = n.product_id"
                        + " where l.product_id is null or n.product_id is null or l.price_date <> n.price_date or l.price <> n.price")
                .getSingleResult()).intValue());
    }
}
