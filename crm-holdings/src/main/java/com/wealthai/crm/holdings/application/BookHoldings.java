package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.Allocation;
import com.wealthai.crm.holdings.domain.Amounts;
import com.wealthai.crm.holdings.domain.Holding;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holdings across a whole book (a rep's, a branch's, everyone's): a page at a time, sorted and
 * totalled in the database. The yen figures are computed in SQL from the latest price and FX rate
 * on or before today (one row per product and per currency, found once per query), the same
 * figures {@link Valuation} gives a single customer, so the list, its totals and the customer
 * section agree. The caller's scope comes from the customers module as a condition on
 * {@code h.customer_id}.
 */
public class BookHoldings {

    /**
     * Latest price per product and latest rate per currency as of ?, then each position valued in yen.
     * The latest price is one backward probe of the primary key (product_id, price_date) per product
     * (a product without prices gets null, as an outer join would give): a "distinct on" over the
     * whole price history instead sorted every price row (87,000 for a year of 1,000 products) on each
     * query, about 90 ms, four times per dashboard. Materialised, so the probe runs once per product,
     * not once per holding.
     */
    private static final String VALUED = "with lp as materialized (select pr.id as product_id, (select pp.price from product_prices pp"
            + " where pp.product_id = pr.id and pp.price_date <= ? order by pp.price_date desc limit 1) as price from products pr),"
            + " fx as (select distinct on (currency) currency, jpy_rate from fx_rates where rate_date <= ?"
            + " order by currency, rate_date desc),"
            + " v as (select h.id, h.customer_id, h.quantity, p.product_code, p.category, p.currency,"
            + " h.purchase_price * h.quantity / p.price_unit * r.rate as book_value_jpy,"
            + " coalesce(lp.price, h.current_price, h.purchase_price) * h.quantity / p.price_unit * r.rate as market_value_jpy"
            + " from holdings h join products p on p.id = h.product_id left join lp on lp.product_id = h.product_id"
            + " left join fx on fx.currency = p.currency"
            + " cross join lateral (select case when p.currency = 'JPY' then 1 else fx.jpy_rate end as rate) r"
            + " where h.quantity > 0 and (%s)%s)"
            + " select %s from (select v.*, v.market_value_jpy - v.book_value_jpy as unrealised_jpy,"
            + " case when v.book_value_jpy > 0 then (v.market_value_jpy - v.book_value_jpy) / v.book_value_jpy end as unrealised_pct"
            + " from v) x";

    private final EntityManager em;
    private final CustomerDirectory customers;

    public BookHoldings(EntityManager em, CustomerDirectory customers) {
        this.em = em;
        this.customers = customers;
    }

    /** One page of the caller's holdings, valued today, in the given order (ties by id). */
    public List<HoldingView> page(HoldingFilter filter, AccessScope scope, HoldingSort sort, boolean descending,
                                  int first, int size, LocalDate today) {
        Query q = query(filter, scope, today, "x.id", " order by " + sort.sql + (descending ? " desc" : " asc")
                + " nulls last, x.id limit " + Math.max(0, size) + " offset " + Math.max(0, first));
        List<Long> ids = ((List<?>) q.getResultList()).stream().map(r -> ((Number) r).longValue()).toList();
        return valued(em, ids, today);
    }

    /** The holdings of the given ids, valued today, in the order of the ids. */
    static List<HoldingView> valued(EntityManager em, List<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Holding> holdings = em.createQuery("select h from Holding h join fetch h.product where h.id in :ids", Holding.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<Holding> ordered = new ArrayList<>(holdings);
        ordered.sort(Comparator.comparingInt(h -> position.get(h.getId())));
        return new Valuation(em).value(ordered, today);
    }

    public BookTotals totals(HoldingFilter filter, AccessScope scope, LocalDate today) {
        Object[] row = (Object[]) query(filter, scope, today,
                "count(*), coalesce(sum(x.book_value_jpy), 0), coalesce(sum(x.market_value_jpy), 0)", "").getSingleResult();
        BigDecimal book = Amounts.yen((BigDecimal) row[1]);
        BigDecimal market = Amounts.yen((BigDecimal) row[2]);
        return new BookTotals(((Number) row[0]).longValue(), book, market, market.subtract(book));
    }

    /** The categories the caller's book holds, for the filter. */
    public List<String> categories(AccessScope scope, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> rows = query(HoldingFilter.none(), scope, today, "distinct x.category", " order by 1").getResultList();
        return rows.stream().map(String.class::cast).toList();
    }

    private Query query(HoldingFilter filter, AccessScope scope, LocalDate today, String select, String tail) {
        ScopeRestriction restriction = customers.restriction(scope, "h.customer_id");
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(today));
        params.add(Date.valueOf(today));
        params.addAll(restriction.parameters());
        StringBuilder where = new StringBuilder();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (p.product_code ilike ? or p.name ilike ?)");
            String like = "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        if (filter.category() != null && !filter.category().isBlank()) {
            where.append(" and p.category = ?");
            params.add(filter.category());
        }
        if (filter.currency() != null && !filter.currency().isBlank()) {
            where.append(" and p.currency = ?");
            params.add(filter.currency().strip().toUpperCase(java.util.Locale.ROOT));
        }
        Query q = em.createNativeQuery(String.format(VALUED, restriction.sql(), where, select) + tail);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }
}
