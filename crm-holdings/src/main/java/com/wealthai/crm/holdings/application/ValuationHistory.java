package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.Amounts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a portfolio (a customer's, or a whole book) would have been worth at each of the last twelve
 * month-ends and today, with the quantities held <em>today</em>: the price history answers "how did
 * what I hold move", not "what did I own then" (that would replay the transactions). Each date takes
 * the latest price and FX rate on or before it; before the history begins, the earliest price or
 * rate it has (a month-end before a product's first price would otherwise drop the product and
 * show a fall that never happened); a product without any price at all its holdings' own current
 * price, as {@link Valuation} does. So today's point equals the holdings list's market value.
 *
 * <p>Computed in the database: the holdings of the scope are first summed per product (one pass over
 * the holdings, whatever the book's size), then each product is valued on each date by a backward
 * probe of the price table's primary key, 13 probes per product instead of a scan of the history.
 */
public class ValuationHistory {

    static final int MONTHS = 12;

    private static final String SQL = "with d as (select cast(unnest(cast(? as text[])) as date) as as_of),"
            + " q as (select h.product_id, sum(h.quantity) as quantity,"
            + " sum(coalesce(h.current_price, h.purchase_price) * h.quantity) as fallback_value"
            + " from holdings h where h.quantity > 0 and (%s) group by h.product_id)"
            + " select d.as_of, sum(coalesce(q.quantity * coalesce("
            + "(select pp.price from product_prices pp where pp.product_id = q.product_id and pp.price_date <= d.as_of"
            + " order by pp.price_date desc limit 1),"
            + " (select pp.price from product_prices pp where pp.product_id = q.product_id and pp.price_date > d.as_of"
            + " order by pp.price_date limit 1)), q.fallback_value) / p.price_unit"
            + " * case when p.currency = 'JPY' then 1 else coalesce("
            + "(select f.jpy_rate from fx_rates f where f.currency = p.currency and f.rate_date <= d.as_of"
            + " order by f.rate_date desc limit 1),"
            + " (select f.jpy_rate from fx_rates f where f.currency = p.currency and f.rate_date > d.as_of"
            + " order by f.rate_date limit 1)) end)"
            + " from d cross join q join products p on p.id = q.product_id"
            + " group by d.as_of";

    private final EntityManager em;

    public ValuationHistory(EntityManager em) {
        this.em = em;
    }

    /** The value at the end of each of the twelve months before this one, then today; empty without holdings. */
    public List<ValuationPoint> of(ScopeRestriction holdings, LocalDate today) {
        List<LocalDate> dates = dates(today);
        Query q = em.createNativeQuery(String.format(SQL, holdings.sql()));
        q.setParameter(1, dates.stream().map(LocalDate::toString).toArray(String[]::new));
        for (int i = 0; i < holdings.parameters().size(); i++) {
            q.setParameter(i + 2, holdings.parameters().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        java.util.Map<LocalDate, BigDecimal> values = new java.util.HashMap<>();
        rows.forEach(r -> values.put(((Date) r[0]).toLocalDate(), r[1] == null ? BigDecimal.ZERO : Amounts.yen((BigDecimal) r[1])));
        if (values.isEmpty()) {
            return List.of();
        }
        return dates.stream().map(d -> new ValuationPoint(d, values.getOrDefault(d, BigDecimal.ZERO))).toList();
    }

    static List<LocalDate> dates(LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int m = MONTHS; m >= 1; m--) {
            dates.add(current.minusMonths(m).atEndOfMonth());
        }
        dates.add(today);
        return dates;
    }
}
