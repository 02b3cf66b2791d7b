package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.Allocation;
import com.wealthai.crm.holdings.domain.Amounts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole book's totals and allocation in one pass over its holdings. The holdings are first summed
 * per product (quantity, cost, and the fallback value of positions whose product has no price), and
 * only those sums, one row per product, are valued at the latest price and FX rate: the same yen
 * figures {@link BookHoldings} gives position by position, since a product's price and rate are the
 * same for all its positions, at a fraction of the cost (one hash aggregate over 400,000 holdings
 * instead of valuing each, three times).
 */
class BookAggregates {

    /** Each product's latest price and yen rate as of ?, ?. */
    private static final String QUOTES = "with " + BookHoldings.LATEST_PRICES + ","
            + " fx as (select distinct on (currency) currency, jpy_rate from fx_rates where rate_date <= ?"
            + " order by currency, rate_date desc),"
            + " quote as materialized (select p.id as product_id, p.category, p.price_unit, lp.price,"
            + " case when p.currency = 'JPY' then 1 else fx.jpy_rate end as rate"
            + " from products p left join lp on lp.product_id = p.id left join fx on fx.currency = p.currency)";

    private static final String SUMMARY = QUOTES
            + ", per_product as (select h.product_id, count(*) as positions, sum(h.quantity) as quantity,"
            + " sum(h.purchase_price * h.quantity) as cost, sum(coalesce(h.current_price, h.purchase_price) * h.quantity) as fallback"
            + " from holdings h where h.quantity > 0 and (%s) group by h.product_id)"
            + " select q.category, sum(s.positions), sum(s.cost / q.price_unit * q.rate),"
            + " sum(coalesce(q.price * s.quantity, s.fallback) / q.price_unit * q.rate)"
            + " from per_product s join quote q on q.product_id = s.product_id group by q.category";

    /** The largest gains and the largest losses, in one scan of the book: ids only, valued afterwards. */
    private static final String MOVERS = QUOTES
            + ", gain as (select h.id, (coalesce(q.price, h.current_price, h.purchase_price) - h.purchase_price)"
            + " * h.quantity / q.price_unit * q.rate as jpy from holdings h join quote q on q.product_id = h.product_id"
            + " where h.quantity > 0 and (%s))"
            + " (select id from gain where jpy > 0 order by jpy desc, id limit ?)"
            + " union all (select id from gain where jpy < 0 order by jpy asc, id limit ?)";

    private final EntityManager em;
    private final CustomerDirectory customers;

    BookAggregates(EntityManager em, CustomerDirectory customers) {
        this.em = em;
        this.customers = customers;
    }

    BookSummary summary(AccessScope scope, LocalDate today) {
        Query query = query(SUMMARY, scope, today);
        long positions = 0;
        BigDecimal book = BigDecimal.ZERO;
        BigDecimal market = BigDecimal.ZERO;
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            BigDecimal categoryMarket = r[3] == null ? BigDecimal.ZERO : (BigDecimal) r[3];
            positions += ((Number) r[1]).longValue();
            book = book.add(r[2] == null ? BigDecimal.ZERO : (BigDecimal) r[2]);
            market = market.add(categoryMarket);
            byCategory.put((String) r[0], categoryMarket);
        }
        BigDecimal total = market;
        List<Allocation> allocation = byCategory.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(e -> new Allocation(e.getKey(), Amounts.yen(e.getValue()),
                        total.signum() == 0 ? BigDecimal.ZERO : e.getValue().divide(total, 4, RoundingMode.HALF_UP)))
                .toList();
        BigDecimal bookYen = Amounts.yen(book);
        BigDecimal marketYen = Amounts.yen(market);
        return new BookSummary(new BookTotals(positions, bookYen, marketYen, marketYen.subtract(bookYen)), allocation);
    }

    /** Up to {@code shown} positions with the largest gains, largest first, then as many with the largest losses. */
    BookMovers movers(AccessScope scope, LocalDate today, int shown) {
        Query query = query(MOVERS, scope, today, shown, shown);
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(r -> ((Number) r).longValue()).toList();
        List<HoldingView> valued = BookHoldings.valued(em, ids, today);
        return new BookMovers(valued.stream().filter(h -> h.unrealisedGainJpy() != null && h.unrealisedGainJpy().signum() > 0).toList(),
                valued.stream().filter(h -> h.unrealisedGainJpy() != null && h.unrealisedGainJpy().signum() < 0).toList());
    }

    private Query query(String sql, AccessScope scope, LocalDate today, Object... tail) {
        ScopeRestriction restriction = customers.restriction(scope, "h.customer_id");
        Query query = em.createNativeQuery(String.format(sql, restriction.sql()));
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(today), Date.valueOf(today)));
        params.addAll(restriction.parameters());
        params.addAll(List.of(tail));
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
