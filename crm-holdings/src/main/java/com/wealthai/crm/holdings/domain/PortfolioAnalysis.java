package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Figures of a portfolio (one customer's, or a rep's whole book): allocation, concentration and the
 * cash the holdings are expected to pay out. Pure arithmetic over already valued positions.
 *
 * <p>For a book the positions are one per product, aggregated in the database over every customer
 * of the book (see {@code application.BookAnalysis}); their yen values are then not rounded, so the
 * yen figures handed out here are rounded to whole yen at the end, after summing, the way the
 * holdings list rounds its totals. For a customer the positions are already in whole yen and the
 * rounding changes nothing.
 */
public final class PortfolioAnalysis {

    private static final int SHARE_SCALE = 4;
    private static final int COUPONS_PER_YEAR = 2;

    private final List<ValuedPosition> positions;
    private final BigDecimal total;

    public PortfolioAnalysis(List<ValuedPosition> positions) {
        this.positions = List.copyOf(positions);
        this.total = positions.stream().map(ValuedPosition::marketValueJpy).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal marketValueJpy() {
        return Amounts.yen(total);
    }

    public BigDecimal bookValueJpy() {
        return Amounts.yen(positions.stream().map(ValuedPosition::bookValueJpy).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }

    /** How many positions (for a book: products) the figures are over. */
    public int positionCount() {
        return positions.size();
    }

    public BigDecimal unrealisedGainJpy() {
        return marketValueJpy().subtract(bookValueJpy());
    }

    public List<Allocation> byCategory() {
        return allocate(ValuedPosition::category);
    }

    public List<Allocation> byCurrency() {
        return allocate(ValuedPosition::currency);
    }

    public List<Allocation> byRiskLevel() {
        return allocate(p -> String.valueOf(p.riskLevel()));
    }

    /** Share of the largest single position (0–1); zero for an empty portfolio. */
    public BigDecimal largestPositionShare() {
        return positions.stream().map(p -> share(p.marketValueJpy())).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO.setScale(SHARE_SCALE));
    }

    /** The largest single position by market value, if any. */
    public Optional<ValuedPosition> largestPosition() {
        return positions.stream().max(Comparator.comparing(ValuedPosition::marketValueJpy));
    }

    /** The plain-language reading of {@link #herfindahlIndex()}. */
    public Concentration concentration() {
        return Concentration.of(herfindahlIndex());
    }

    /**
     * Herfindahl–Hirschman index over positions: the sum of squared shares, from 1/n (evenly spread)
     * to 1 (everything in one product).
     */
    public BigDecimal herfindahlIndex() {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ValuedPosition p : positions) {
            BigDecimal exact = p.marketValueJpy().divide(total, Amounts.WORKING);
            sum = sum.add(exact.multiply(exact, Amounts.WORKING));
        }
        return sum.setScale(SHARE_SCALE, RoundingMode.HALF_UP);
    }

    /** Redemptions and coupons falling after {@code today} up to and including twelve months later, by date. */
    public List<CashInflow> cashInflowsNext12Months(LocalDate today) {
        LocalDate end = today.plusMonths(12);
        List<CashInflow> flows = new ArrayList<>();
        for (ValuedPosition p : positions) {
            if (p.maturityDate() == null || !p.maturityDate().isAfter(today)) {
                continue;
            }
            if (!p.maturityDate().isAfter(end) && p.principal() != null) {
                flows.add(new CashInflow(p.maturityDate(), p.productCode(), p.productName(), CashInflow.Kind.REDEMPTION,
                        Amounts.toYen(p.principal(), p.jpyPerUnit())));
            }
            if (p.annualCoupon() != null && p.annualCoupon().signum() > 0) {
                BigDecimal coupon = Amounts.toYen(p.annualCoupon().divide(BigDecimal.valueOf(COUPONS_PER_YEAR), Amounts.WORKING),
                        p.jpyPerUnit());
                // Coupons fall every six months counting back from maturity.
                for (LocalDate d = p.maturityDate(); d.isAfter(today); d = d.minusMonths(12 / COUPONS_PER_YEAR)) {
                    if (!d.isAfter(end)) {
                        flows.add(new CashInflow(d, p.productCode(), p.productName(), CashInflow.Kind.COUPON, coupon));
                    }
                }
            }
        }
        flows.sort(Comparator.comparing(CashInflow::date).thenComparing(CashInflow::productCode)
                .thenComparing(CashInflow::kind));
        return List.copyOf(flows);
    }

    /** Market value by year of maturity (the maturity ladder); positions without maturity are left out. */
    public Map<Integer, BigDecimal> maturityLadder() {
        Map<Integer, BigDecimal> ladder = new TreeMap<>();
        positions.stream().filter(p -> p.maturityDate() != null)
                .forEach(p -> ladder.merge(p.maturityDate().getYear(), p.marketValueJpy(), BigDecimal::add));
        ladder.replaceAll((year, value) -> Amounts.yen(value));
        return ladder;
    }

    private List<Allocation> allocate(Function<ValuedPosition, String> key) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        positions.forEach(p -> sums.merge(key.apply(p), p.marketValueJpy(), BigDecimal::add));
        return sums.entrySet().stream()
                .map(e -> new Allocation(e.getKey(), Amounts.yen(e.getValue()), share(e.getValue())))
                .sorted(Comparator.comparing(Allocation::marketValueJpy).reversed())
                .toList();
    }

    private BigDecimal share(BigDecimal amount) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return amount.divide(total, SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
