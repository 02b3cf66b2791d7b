package com.wealthai.crm.holdings.application;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices of some products and FX rates of some currencies on some dates, as the price history has
 * them: for each date the latest on or before it, and the earliest after it for dates before the
 * history begins. Two queries, each a pair of backward and forward probes of the primary key per
 * product (or currency) and date, so their cost grows with products × dates, not with the history.
 */
final class PriceHistory {

    private static final String PRICES = "select pid, as_of,"
            + " (select pp.price from product_prices pp where pp.product_id = pid and pp.price_date <= as_of"
            + " order by pp.price_date desc limit 1),"
            + " (select pp.price from product_prices pp where pp.product_id = pid and pp.price_date > as_of"
            + " order by pp.price_date limit 1)"
            + " from unnest(cast(? as bigint[])) pid cross join (select cast(unnest(cast(? as text[])) as date) as as_of) d";

    private static final String RATES = "select cur, as_of,"
            + " (select f.jpy_rate from fx_rates f where f.currency = cur and f.rate_date <= as_of order by f.rate_date desc limit 1),"
            + " (select f.jpy_rate from fx_rates f where f.currency = cur and f.rate_date > as_of order by f.rate_date limit 1)"
            + " from unnest(cast(? as text[])) cur cross join (select cast(unnest(cast(? as text[])) as date) as as_of) d";

    private record Key(Object id, LocalDate date) {
    }

    /** [latest on or before, earliest after] per product or currency and date. */
    private final Map<Key, BigDecimal[]> prices;
    private final Map<Key, BigDecimal[]> rates;

    private PriceHistory(Map<Key, BigDecimal[]> prices, Map<Key, BigDecimal[]> rates) {
        this.prices = prices;
        this.rates = rates;
    }

    static PriceHistory load(EntityManager em, Collection<BookAnalysis.ProductPosition> positions, List<LocalDate> dates) {
        String[] days = dates.stream().map(LocalDate::toString).toArray(String[]::new);
        Long[] products = positions.stream().map(BookAnalysis.ProductPosition::productId).distinct().toArray(Long[]::new);
        String[] currencies = positions.stream().map(BookAnalysis.ProductPosition::currency).filter(c -> !c.equals("JPY"))
                .distinct().toArray(String[]::new);
        return new PriceHistory(products.length == 0 ? Map.of() : load(em, PRICES, products, days, true),
                currencies.length == 0 ? Map.of() : load(em, RATES, currencies, days, false));
    }

    private static Map<Key, BigDecimal[]> load(EntityManager em, String sql, Object[] ids, String[] days, boolean numericIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, ids).setParameter(2, days).getResultList();
        Map<Key, BigDecimal[]> found = new HashMap<>();
        rows.forEach(r -> found.put(new Key(numericIds ? (Object) ((Number) r[0]).longValue() : ((String) r[0]).trim(),
                ((Date) r[1]).toLocalDate()), new BigDecimal[] {(BigDecimal) r[2], (BigDecimal) r[3]}));
        return found;
    }

    /** The product's price on the date; with {@code orLater}, the earliest later one when none is known by then. */
    BigDecimal price(long productId, LocalDate date, boolean orLater) {
        return pick(prices.get(new Key(productId, date)), orLater);
    }

    /** Yen per unit of the currency on the date (1 for yen); null when none is known. */
    BigDecimal rate(String currency, LocalDate date, boolean orLater) {
        return currency.equals("JPY") ? BigDecimal.ONE : pick(rates.get(new Key(currency, date)), orLater);
    }

    private static BigDecimal pick(BigDecimal[] found, boolean orLater) {
        if (found == null) {
            return null;
        }
        return found[0] != null || !orLater ? found[0] : found[1];
    }
}
