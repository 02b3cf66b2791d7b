package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.RiskTolerance;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.customers.api.ScopeRestriction;
import com.wealthai.crm.holdings.domain.Allocation;
import com.wealthai.crm.holdings.domain.PortfolioAnalysis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The book analysis and the valuation history on a real PostgreSQL with the demo book (38 holdings
 * of 18 customers, twelve month-end prices per product): the figures a rep or manager would check
 * against the holdings list and the customer page.
 */
class BookAnalysisTest {

    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    private static final AccessScope R001 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "本店営業部");
    private static final AccessScope MANAGER_HQ = new AccessScope(20, "m001", Set.of(Role.MANAGER), null, "本店営業部");
    private static final LocalDate TODAY = LocalDate.now(TradeBook.TOKYO);
    private static HoldingsDatabase db;

    /** The demo customers and their reps, scoped as the customers module scopes them (own book, branch, all). */
    private static final CustomerDirectory DIRECTORY = DemoCustomers.directory();

    @BeforeAll
    static void load() throws Exception {
        db = HoldingsDatabase.withDemoBook(TODAY);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static BookScope scope(AccessScope caller, Long repId) {
        return BookScope.of(DIRECTORY, caller, repId).orElseThrow();
    }

    private static BookAnalysis.Result analyse(BookScope scope) {
        return db.inTransaction(em -> new BookAnalysis(em).of(scope.restriction(), TODAY));
    }

    private static BookTotals listTotals(AccessScope caller) {
        return db.inTransaction(em -> new BookHoldings(em, DIRECTORY).totals(HoldingFilter.none(), caller, TODAY));
    }

    private static List<ValuationPoint> history(ScopeRestriction restriction) {
        return db.inTransaction(em -> new BookAnalysis(em).of(restriction, TODAY).history());
    }

    private static BigDecimal sumOfShares(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theWholeBooksTotalsAreTheHoldingsListsTotalsAndEachAllocationAddsUpToAHundredPercent() {
        BookAnalysis.Result book = analyse(scope(ADMIN, null));
        PortfolioAnalysis a = book.analysis();
        BookTotals list = listTotals(ADMIN);

        assertThat(book.holdings()).isEqualTo(38);
        assertThat(a.marketValueJpy()).isEqualTo(list.marketValueJpy());
        assertThat(a.bookValueJpy()).isEqualTo(list.bookValueJpy());
        assertThat(a.unrealisedGainJpy()).isEqualTo(list.unrealisedGainJpy());
        for (List<Allocation> allocation : List.of(a.byCategory(), a.byCurrency(), a.byRiskLevel())) {
            // shares are rounded to 0.01 % each: a few slices may miss 100 % by their rounding only
            assertThat(sumOfShares(allocation)).isBetween(new BigDecimal("0.9995"), new BigDecimal("1.0005"));
            assertThat(allocation.stream().map(Allocation::marketValueJpy).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isBetween(a.marketValueJpy().subtract(BigDecimal.valueOf(allocation.size())),
                            a.marketValueJpy().add(BigDecimal.valueOf(allocation.size())));
        }
        assertThat(a.byCurrency()).extracting(Allocation::key).containsExactlyInAnyOrder("JPY", "USD");
        assertThat(a.byRiskLevel()).extracting(Allocation::key).contains("1", "3", "4", "5");
        // per product: the book holds 15 demo products at most, so the index is at least 1/15
        assertThat(a.herfindahlIndex()).isBetween(new BigDecimal("0.0666"), BigDecimal.ONE);
        assertThat(a.largestPositionShare()).isCloseTo(a.largestPosition().orElseThrow().marketValueJpy()
                .divide(a.marketValueJpy(), 4, java.math.RoundingMode.HALF_UP), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
        // three demo products mature within a year: their redemptions are among the inflows
        assertThat(a.cashInflowsNext12Months(TODAY)).filteredOn(f -> f.kind().name().equals("REDEMPTION")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(f -> assertThat(f.date()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusMonths(12)));
        assertThat(a.maturityLadder()).containsKey(TODAY.plusMonths(5).getYear());
    }

    @Test
    void aRepsBookHoldsOnlyTheirCustomersAndEqualsTheirOwnHoldingsList() {
        BookAnalysis.Result own = analyse(scope(R001, 1L));
        assertThat(own.holdings()).isEqualTo(8);
        assertThat(own.analysis().marketValueJpy()).isEqualTo(listTotals(R001).marketValueJpy());
        assertThat(analyse(scope(R001, null)).analysis().marketValueJpy()).isEqualTo(own.analysis().marketValueJpy());
        assertThat(own.analysis().marketValueJpy()).isLessThan(analyse(scope(ADMIN, null)).analysis().marketValueJpy());
        assertThat(sumOfShares(own.analysis().byCategory())).isBetween(new BigDecimal("0.9995"), new BigDecimal("1.0005"));

        // a manager's rep: the same book as the rep sees it
        assertThat(analyse(scope(MANAGER_HQ, 1L)).analysis().marketValueJpy()).isEqualTo(own.analysis().marketValueJpy());
    }

    @Test
    void aRepCannotOpenAnotherRepsBookNorAManagerOneOfAnotherBranch() {
        assertThat(BookScope.of(DIRECTORY, R001, 2L)).isEmpty();
        assertThat(BookScope.of(DIRECTORY, MANAGER_HQ, 4L)).isEmpty();
        assertThat(BookScope.of(DIRECTORY, MANAGER_HQ, 2L)).isPresent();
        assertThat(BookScope.of(DIRECTORY, ADMIN, 7L)).isPresent();
        // the branch's book is the sum of its reps' books
        BigDecimal branch = analyse(scope(MANAGER_HQ, null)).analysis().marketValueJpy();
        BigDecimal reps = LongStream.rangeClosed(1, 3).mapToObj(r -> analyse(scope(MANAGER_HQ, r)).analysis().marketValueJpy())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(branch).isEqualTo(reps);
    }

    @Test
    void theValuationHistoryHasTwelveMonthEndsThenTodayAndTodayIsTheMarketValue() {
        BookScope whole = scope(ADMIN, null);
        List<ValuationPoint> points = history(whole.restriction());
        assertThat(points).hasSize(13);
        assertThat(points.get(12).date()).isEqualTo(TODAY);
        assertThat(points.get(11).date()).isEqualTo(TODAY.withDayOfMonth(1).minusDays(1));
        assertThat(points.get(0).date()).isEqualTo(TODAY.withDayOfMonth(1).minusMonths(11).minusDays(1));
        assertThat(points).extracting(ValuationPoint::date).isSorted();
        assertThat(points.get(12).marketValueJpy()).isEqualTo(listTotals(ADMIN).marketValueJpy());
        // the demo prices follow a wave: the history is never flat
        assertThat(points.stream().map(ValuationPoint::marketValueJpy).distinct().count()).isGreaterThan(6);
        // the demo prices swing by at most 12 %; the oldest month-end, before the first demo FX rate and
        // prices, takes the earliest ones instead of dropping the dollar holdings
        BigDecimal now = points.get(12).marketValueJpy();
        assertThat(points).allSatisfy(p -> assertThat(p.marketValueJpy())
                .isBetween(now.multiply(new BigDecimal("0.75")), now.multiply(new BigDecimal("1.25"))));
    }

    @Test
    void aCustomersHistoryEndsAtTheValueTheCustomerPageShowsAndACustomerWithoutHoldingsHasNone() {
        List<ValuationPoint> yamada = history(new ScopeRestriction("h.customer_id = ?", List.of(1L)));
        BigDecimal page = db.inTransaction(em -> new PortfolioAnalysis(new Valuation(em).ofCustomer(1, TODAY).stream()
                .map(Valuation::forAnalysis).filter(java.util.Objects::nonNull).toList()).marketValueJpy());
        assertThat(yamada).hasSize(13);
        // the page rounds each position to whole yen before summing
        assertThat(yamada.get(12).marketValueJpy().subtract(page).abs()).isLessThanOrEqualTo(new BigDecimal("5"));
        // his US treasuries (62 %) are still there at the oldest month-end, before the first demo FX rate
        assertThat(yamada).allSatisfy(p -> assertThat(p.marketValueJpy())
                .isBetween(page.multiply(new BigDecimal("0.75")), page.multiply(new BigDecimal("1.25"))));
        BookAnalysis.Result none = db.inTransaction(em -> new BookAnalysis(em)
                .of(new ScopeRestriction("h.customer_id = ?", List.of(999L)), TODAY));
        assertThat(none.history()).isEmpty();
        assertThat(none.analysis().isEmpty()).isTrue();
        assertThat(none.analysis().marketValueJpy()).isZero();
        assertThat(none.analysis().largestPosition()).isEmpty();
    }
}
