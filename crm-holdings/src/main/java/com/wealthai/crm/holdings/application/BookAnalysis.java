package com.wealthai.crm.holdings.application;

import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.Amounts;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import com.wealthai.crm.holdings.domain.ValuedPosition;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio analysis of a whole book (a rep's, a branch's, everyone's) and its value over the
 * last twelve months, aggregated in the database: one pass over the book's holdings sums them per
 * product (400,000 holdings become at most one row per product), then {@link PriceHistory} prices
 * those products on each date. Each product row is the book's position in that product, valued
 * exactly as the holdings list values each holding (latest price on or before today, else the
 * holding's own current price, then the latest FX rate), so the totals agree with the list's.
 * {@link PortfolioAnalysis} then does the same arithmetic as for one customer; the concentration of a
 * book is therefore per product: how much of the book rides on one product.
 *
 * <p>The value over time uses today's quantities: the price history answers "how did what is held
 * move", not "what was owned then" (that would replay the transactions).
 */
public class BookAnalysis {

    private static final String POSITIONS = "select p.id, p.product_code, p.name, p.category, p.currency, p.risk_level,"
            + " p.maturity_date, p.interest_rate, p.price_unit, q.quantity, q.cost, q.fallback_value, q.holdings"
            + " from (select h.product_id, count(*) as holdings, sum(h.quantity) as quantity,"
            + " sum(h.purchase_price * h.quantity) as cost,"
            + " sum(coalesce(h.current_price, h.purchase_price) * h.quantity) as fallback_value"
            + " from holdings h where h.quantity > 0 and (%s) group by h.product_id) q"
            + " join products p on p.id = q.product_id";

    private static final BigDecimal FACE_PRICE_UNIT = new BigDecimal("100");
    static final int MONTHS = 12;

    private final EntityManager em;

    public BookAnalysis(EntityManager em) {
        this.em = em;
    }

    /** The book's analysis, the number of holdings it is over, and its value at the last twelve month-ends and today. */
    public record Result(PortfolioAnalysis analysis, long holdings, List<ValuationPoint> history) {
    }

    /** The book's position in one product: summed over its customers, in the product's currency. */
    record ProductPosition(long productId, String productCode, String name, String category, String currency, int riskLevel,
                           LocalDate maturityDate, BigDecimal interestRate, BigDecimal priceUnit, BigDecimal quantity,
                           BigDecimal cost, BigDecimal fallbackValue) {

        /** Quantity × price ÷ price unit, or the holdings' own current prices when there is no price. */
        BigDecimal value(BigDecimal price) {
            return price == null ? Amounts.value(fallbackValue, BigDecimal.ONE, priceUnit) : Amounts.value(price, quantity, priceUnit);
        }
    }

    /** The analysis of the holdings the restriction keeps, valued today; positions not valued in yen are left out. */
    public Result of(ScopeRestriction holdings, LocalDate today) {
        Query q = em.createNativeQuery(String.format(POSITIONS, holdings.sql()));
        for (int i = 0; i < holdings.parameters().size(); i++) {
            q.setParameter(i + 1, holdings.parameters().get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<ProductPosition> positions = new ArrayList<>();
        long holdingCount = 0;
        for (Object[] r : rows) {
            holdingCount += ((Number) r[12]).longValue();
            positions.add(new ProductPosition(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    ((String) r[4]).trim(), ((Number) r[5]).intValue(), r[6] == null ? null : ((Date) r[6]).toLocalDate(),
                    (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10], (BigDecimal) r[11]));
        }
        List<LocalDate> dates = dates(today);
        PriceHistory prices = PriceHistory.load(em, positions, dates);
        List<ValuedPosition> valued = new ArrayList<>();
        for (ProductPosition p : positions) {
            BigDecimal rate = prices.rate(p.currency(), today, false);
            if (rate != null) {
                valued.add(valued(p, prices.price(p.productId(), today, false), rate));
            }
        }
        return new Result(new PortfolioAnalysis(valued), holdingCount, positions.isEmpty() ? List.of() : history(positions, prices, dates, today));
    }

    /**
     * Each month-end takes the latest price and rate on or before it and, before the history begins,
     * the earliest one (a month-end before a product's first price would otherwise drop the product
     * and show a fall that never happened). Today takes only what the list takes, so the last point
     * is the list's market value.
     */
    private static List<ValuationPoint> history(List<ProductPosition> positions, PriceHistory prices, List<LocalDate> dates,
                                                LocalDate today) {
        List<ValuationPoint> points = new ArrayList<>();
        for (LocalDate d : dates) {
            boolean past = d.isBefore(today);
            BigDecimal total = BigDecimal.ZERO;
            for (ProductPosition p : positions) {
                BigDecimal rate = prices.rate(p.currency(), d, past);
                if (rate != null) {
                    total = total.add(p.value(prices.price(p.productId(), d, past)).multiply(rate));
                }
            }
            points.add(new ValuationPoint(d, Amounts.yen(total)));
        }
        return points;
    }

    /** The last day of each of the twelve months before this one, then today. */
    static List<LocalDate> dates(LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int m = MONTHS; m >= 1; m--) {
            dates.add(current.minusMonths(m).atEndOfMonth());
        }
        dates.add(today);
        return dates;
    }

    /** One product's row as a position; principal and coupon as {@link Valuation#forAnalysis} computes them for one holding. */
    private static ValuedPosition valued(ProductPosition p, BigDecimal price, BigDecimal rate) {
        BigDecimal market = p.value(price);
        BigDecimal book = Amounts.value(p.cost(), BigDecimal.ONE, p.priceUnit());
        BigDecimal principal = p.maturityDate() == null ? null
                : p.priceUnit().compareTo(FACE_PRICE_UNIT) == 0 ? p.quantity() : market;
        BigDecimal coupon = principal == null || p.interestRate() == null ? BigDecimal.ZERO
                : principal.multiply(p.interestRate()).movePointLeft(2);
        return new ValuedPosition(p.productCode(), p.name(), p.category(), p.currency(), p.riskLevel(),
                book.multiply(rate), market.multiply(rate), p.maturityDate(), principal, coupon, rate);
    }
}
