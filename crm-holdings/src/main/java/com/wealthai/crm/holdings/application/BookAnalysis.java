package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import com.wealthai.crm.holdings.domain.ValuedPosition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio analysis of a whole book (a rep's, a branch's, everyone's), aggregated in the
 * database: one row per product the book holds, whatever the number of customers (400,000 holdings
 * become at most one row per product). Each row is the book's position in that product: summed
 * quantity, cost and value in yen, valued exactly as the holdings list values each holding (latest
 * price on or before today, else the holding's own current price, then the latest FX rate), so the
 * totals agree with the list's. {@link PortfolioAnalysis} then does the same arithmetic as for one
 * customer; the concentration of a book is therefore per product: how much of the book rides on
 * one product.
 */
public class BookAnalysis {

    private static final String SQL = "with fx as (select distinct on (currency) currency, jpy_rate from fx_rates"
            + " where rate_date <= ? order by currency, rate_date desc),"
            + " q as (select h.product_id, count(*) as positions,"
            + " sum(h.quantity) as quantity, sum(h.purchase_price * h.quantity) as cost,"
            + " sum(coalesce(h.current_price, h.purchase_price) * h.quantity) as fallback_value"
            + " from holdings h where h.quantity > 0 and (%s) group by h.product_id)"
            + " select p.product_code, p.name, p.category, p.currency, p.risk_level, p.maturity_date, p.interest_rate,"
            + " p.price_unit, q.quantity, q.cost / p.price_unit as book_value,"
            + " coalesce(lp.price * q.quantity, q.fallback_value) / p.price_unit as market_value,"
            + " case when p.currency = 'JPY' then 1 else fx.jpy_rate end as rate, q.positions"
            + " from q join products p on p.id = q.product_id"
            + " left join lateral (select pp.price from product_prices pp where pp.product_id = q.product_id"
            + " and pp.price_date <= ? order by pp.price_date desc limit 1) lp on true"
            + " left join fx on fx.currency = p.currency";

    private static final BigDecimal FACE_PRICE_UNIT = new BigDecimal("100");

    private final EntityManager em;

    public BookAnalysis(EntityManager em) {
        this.em = em;
    }

    /** The analysis of the holdings the restriction keeps, valued today; positions not valued in yen are left out. */
    public Result of(ScopeRestriction holdings, LocalDate today) {
        Query q = em.createNativeQuery(String.format(SQL, holdings.sql()));
        int i = 1;
        q.setParameter(i++, Date.valueOf(today));
        for (Object p : holdings.parameters()) {
            q.setParameter(i++, p);
        }
        q.setParameter(i, Date.valueOf(today));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<ValuedPosition> positions = new ArrayList<>();
        long holdingCount = 0;
        for (Object[] r : rows) {
            holdingCount += ((Number) r[12]).longValue();
            BigDecimal rate = (BigDecimal) r[11];
            if (rate == null) {
                continue;
            }
            positions.add(position(r, rate));
        }
        return new Result(new PortfolioAnalysis(positions), holdingCount);
    }

    /** The analysis and how many holdings (customer × product) it is over. */
    public record Result(PortfolioAnalysis analysis, long holdings) {
    }

    /** One product's row as a position; principal and coupon as {@link Valuation#forAnalysis} computes them for one holding. */
    private static ValuedPosition position(Object[] r, BigDecimal rate) {
        LocalDate maturity = r[5] == null ? null : ((Date) r[5]).toLocalDate();
        BigDecimal interest = (BigDecimal) r[6];
        BigDecimal priceUnit = (BigDecimal) r[7];
        BigDecimal quantity = (BigDecimal) r[8];
        BigDecimal book = (BigDecimal) r[9];
        BigDecimal market = (BigDecimal) r[10];
        BigDecimal principal = maturity == null ? null : priceUnit.compareTo(FACE_PRICE_UNIT) == 0 ? quantity : market;
        BigDecimal coupon = principal == null || interest == null ? BigDecimal.ZERO : principal.multiply(interest).movePointLeft(2);
        return new ValuedPosition((String) r[0], (String) r[1], (String) r[2], ((String) r[3]).trim(), ((Number) r[4]).intValue(),
                book.multiply(rate), market.multiply(rate), maturity, principal, coupon, rate);
    }
}
