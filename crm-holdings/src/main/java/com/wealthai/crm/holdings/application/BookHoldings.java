package com.wealthai.crm.holdings.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.Allocation;
import com.wealthai.crm.holdings.domain.Amounts;
import com.wealthai.crm.holdings.domain.Holding;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
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
     * Each product's latest price as of ? (null for a product without prices, as an outer join would
     * give): the newest row kept in latest_prices (migration V2), or, for a product whose newest price
     * is dated after that day, one backward probe of the price key. Probing all 1,000 products' keys
     * took half of a book figure's time. Materialised, so it runs once per product, not once per
     * holding. Shared by {@link BookAggregates}.
     */
    static final String LATEST_PRICES = "lp as materialized (select l.product_id, case when l.price_date <= d.as_of then l.price"
            + " else (select pp.price from product_prices pp where pp.product_id = l.product_id and pp.price_date <= d.as_of"
            + " order by pp.price_date desc limit 1) end as price from latest_prices l cross join (select cast(? as date) as as_of) d)";

    /** Latest price per product and latest rate per currency as of ?, ?, then each position valued in yen. */
    private static final String VALUED = "with " + LATEST_PRICES + ","
            + " fx as (select distinct on (currency) currency, jpy_rate from fx_rates where rate_date <= ?"
            + " order by currency, rate_date desc),"
            + " v as (select h.id, h.customer_id, h.quantity, p.product_code, p.category, p.currency, p.maturity_date,"
            + " h.purchase_price * h.quantity / p.price_unit * r.rate as book_value_jpy,"
            + " coalesce(lp.price, h.current_price, h.purchase_price) * h.quantity / p.price_unit * r.rate as market_value_jpy,"
            // as Valuation.forAnalysis: a bond priced per 100 face pays back its face, anything else its market value
            + " case when p.price_unit = 100 then h.quantity else coalesce(lp.price, h.current_price, h.purchase_price)"
            + " * h.quantity / p.price_unit end * r.rate as redemption_jpy"
            + " from holdings h join products p on p.id = h.product_id left join lp on lp.product_id = h.product_id"
            + " left join fx on fx.currency = p.currency"
            + " cross join lateral (select case when p.currency = 'JPY' then 1 else fx.jpy_rate end as rate) r"
            + " where h.quantity > 0 and (%s)%s)"
            + " select %s from (select v.*, v.market_value_jpy - v.book_value_jpy as unrealised_jpy,"
            + " case when v.book_value_jpy > 0 then (v.market_value_jpy - v.book_value_jpy) / v.book_value_jpy end as unrealised_pct"
            + " from v) x";

    private static final ScopeRestriction NO_CONDITION = new ScopeRestriction("TRUE", List.of());

    private final EntityManager em;
    private final CustomerDirectory customers;
    private final SuitabilityPolicy policy;

    public BookHoldings(EntityManager em, CustomerDirectory customers) {
        this(em, customers, SuitabilityPolicy.defaults());
    }

    /** With the policy that decides which positions are unsuitable ({@link HoldingFilter#unsuitableOnly()}). */
    public BookHoldings(EntityManager em, CustomerDirectory customers, SuitabilityPolicy policy) {
        this.em = em;
        this.customers = customers;
        this.policy = policy;
    }

    /** One page of the caller's holdings, valued today, in the given order (ties by id). */
    public List<HoldingView> page(HoldingFilter filter, AccessScope scope, HoldingSort sort, boolean descending,
                                  int first, int size, LocalDate today) {
        Query q = query(filter, NO_CONDITION, scope, today, "x.id", " order by " + sort.sql + (descending ? " desc" : " asc")
                + " nulls last, x.id limit " + Math.max(0, size) + " offset " + Math.max(0, first));
        return valued(em, ((List<?>) q.getResultList()).stream().map(r -> ((Number) r).longValue()).toList(), today);
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

    /**
     * The caller's positions above their customer's risk tolerance: how many, over how many customers,
     * worth how much, and the {@code shown} largest by market value in yen.
     */
    public SuitabilityAlerts unsuitable(AccessScope scope, LocalDate today, int shown) {
        // One pass over the book: the valued positions (v, referenced twice, so materialised once) give
        // the counts and the largest ids together; a count query and a page query read 400,000
        // holdings twice for an administrator.
        Object[] row = (Object[]) query(HoldingFilter.unsuitable(), NO_CONDITION, scope, today,
                "count(*), coalesce(sum(x.market_value_jpy), 0),"
                        + " (select count(*) from (select distinct v.customer_id from v) d),"
                        + " (select string_agg(t.id::text, ',' order by t.market_value_jpy desc nulls last, t.id) from"
                        + " (select v.id, v.market_value_jpy from v order by v.market_value_jpy desc nulls last, v.id"
                        + " limit " + Math.max(0, shown) + ") t)", "").getSingleResult();
        return new SuitabilityAlerts(((Number) row[0]).longValue(), ((Number) row[2]).longValue(),
                Amounts.yen((BigDecimal) row[1]), valued(em, ids(row[3]), today));
    }

    /** The ids of a {@code string_agg(id::text, ',')}, in its order; null (no rows) is none. */
    private static List<Long> ids(Object commaSeparated) {
        return commaSeparated == null ? List.of()
                : java.util.Arrays.stream(((String) commaSeparated).split(",")).map(Long::valueOf).toList();
    }

    /**
     * The caller's customers aged 75 or more (today, Asia/Tokyo) holding risk level 4–5, the
     * {@code shown} largest by the market value of those positions. The birth date is encrypted, so
     * the database selects by birth year: born {@code year − 76} or before is surely 75, born in
     * {@code year − 75} is confirmed one by one from the directory's age (a small cohort).
     */
    public ElderlyHighRisk elderlyHighRisk(AccessScope scope, LocalDate today, int shown) {
        int surely = today.getYear() - SuitabilityPolicy.ELDERLY_AGE - 1;
        ScopeRestriction old = customers.bornInOrBefore(surely, "h.customer_id");
        ScopeRestriction oldOrBorderline = customers.bornInOrBefore(surely + 1, "h.customer_id");
        String highRisk = "p.risk_level >= " + SuitabilityPolicy.ELDERLY_RISK_LEVEL + " and ";
        String perCustomer = "x.customer_id, count(*), coalesce(sum(x.market_value_jpy), 0), count(*) over ()";
        @SuppressWarnings("unchecked")
        List<Object[]> largest = query(HoldingFilter.none(), new ScopeRestriction(highRisk + old.sql(), old.parameters()),
                scope, today, perCustomer, " group by x.customer_id order by 3 desc, 1 limit " + Math.max(0, shown)).getResultList();
        List<Object> borderlineParams = new ArrayList<>(oldOrBorderline.parameters());
        borderlineParams.addAll(old.parameters());
        @SuppressWarnings("unchecked")
        List<Object[]> borderline = query(HoldingFilter.none(), new ScopeRestriction(highRisk + oldOrBorderline.sql()
                        + " and not (" + old.sql() + ")", borderlineParams),
                scope, today, perCustomer, " group by x.customer_id").getResultList();
        List<Long> ids = new ArrayList<>();
        largest.forEach(r -> ids.add(((Number) r[0]).longValue()));
        borderline.forEach(r -> ids.add(((Number) r[0]).longValue()));
        Map<Long, CustomerSummary> found = ids.isEmpty() ? Map.of() : customers.findAll(ids, scope);
        List<Object[]> confirmed = borderline.stream().filter(r -> {
            CustomerSummary c = found.get(((Number) r[0]).longValue());
            return c != null && c.age() != null && c.age() >= SuitabilityPolicy.ELDERLY_AGE;
        }).toList();
        List<ElderlyHighRisk.Holder> holders = new ArrayList<>();
        for (Object[] r : java.util.stream.Stream.concat(largest.stream(), confirmed.stream()).toList()) {
            CustomerSummary c = found.get(((Number) r[0]).longValue());
            if (c != null) {
                holders.add(new ElderlyHighRisk.Holder(c, ((Number) r[1]).longValue(), Amounts.yen((BigDecimal) r[2])));
            }
        }
        holders.sort(Comparator.comparing(ElderlyHighRisk.Holder::marketValueJpy).reversed()
                .thenComparingLong(h -> h.customer().id()));
        long count = (largest.isEmpty() ? 0 : ((Number) largest.get(0)[3]).longValue()) + confirmed.size();
        return new ElderlyHighRisk(count, holders.subList(0, Math.min(Math.max(0, shown), holders.size())));
    }

    /**
     * The caller's positions in products maturing from {@code today} to {@code until} (both included):
     * the {@code shown} earliest (then by id), with the count and the yen totals of all of them.
     */
    public Maturities maturing(AccessScope scope, LocalDate today, LocalDate until, int shown) {
        ScopeRestriction window = new ScopeRestriction("p.maturity_date between ? and ?",
                List.of(Date.valueOf(today), Date.valueOf(until)));
        Object[] row = (Object[]) query(HoldingFilter.none(), window, scope, today,
                "count(*), coalesce(sum(x.redemption_jpy), 0), coalesce(sum(x.market_value_jpy), 0),"
                        + " (select string_agg(t.id::text, ',' order by t.maturity_date, t.id) from"
                        + " (select v.id, v.maturity_date from v order by v.maturity_date, v.id limit " + Math.max(0, shown) + ") t)",
                "").getSingleResult();
        return new Maturities(((Number) row[0]).longValue(), Amounts.yen((BigDecimal) row[1]), Amounts.yen((BigDecimal) row[2]),
                valued(em, ids(row[3]), today));
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

    /**
     * "The product's risk is above what the customer's tolerance allows", in SQL: the customers module
     * compares {@code p.risk_level} with the policy's maximum for each customer's tolerance, as a
     * condition on {@code h.customer_id}; holdings never reads the customers table itself.
     */
    private ScopeRestriction unsuitableCondition() {
        ScopeRestriction above = customers.riskAboveTolerance("h.customer_id", "p.risk_level", policy.levels());
        // No tolerance allows less than the lowest maximum: products at or below it (40 % of holdings
        // with the defaults) are dropped before any customer is looked at.
        int lowest = policy.levels().values().stream().mapToInt(Integer::intValue).min().orElse(0);
        return new ScopeRestriction("p.risk_level > " + lowest + " and " + above.sql(), above.parameters());
    }

    private Query query(HoldingFilter filter, AccessScope scope, LocalDate today, String select, String tail) {
        return query(filter, NO_CONDITION, scope, today, select, tail);
    }

    /** {@code condition} narrows further on the aliases h (holdings) and p (products). */
    private Query query(HoldingFilter filter, ScopeRestriction condition, AccessScope scope, LocalDate today,
                        String select, String tail) {
        // one rep's book within the caller's reach, or nothing when that rep is out of reach
        ScopeRestriction restriction = filter.salesRepId() == null ? customers.restriction(scope, "h.customer_id")
                : BookScope.of(customers, scope, filter.salesRepId()).map(BookScope::restriction)
                        .orElse(new ScopeRestriction("FALSE", List.of()));
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
        if (filter.unsuitableOnly()) {
            ScopeRestriction unsuitable = unsuitableCondition();
            where.append(" and (").append(unsuitable.sql()).append(")");
            params.addAll(unsuitable.parameters());
        }
        where.append(" and (").append(condition.sql()).append(")");
        params.addAll(condition.parameters());
        Query q = em.createNativeQuery(String.format(VALUED, restriction.sql(), where, select) + tail);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }
}
