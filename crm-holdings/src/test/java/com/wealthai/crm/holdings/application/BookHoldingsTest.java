package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.holdings.domain.Allocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The book-wide holdings list on a real PostgreSQL with the demo book: scope, filters, order, totals. */
class BookHoldingsTest {

    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    private static final AccessScope R001 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "本店営業部");
    private static final LocalDate TODAY = LocalDate.now(TradeBook.TOKYO);
    private static HoldingsDatabase db;

    /** The demo customers, each visible to their own rep (and branch manager, and admin). */
    private static final CustomerDirectory DIRECTORY = DemoCustomers.directory();

    @BeforeAll
    static void load() throws Exception {
        db = HoldingsDatabase.withDemoBook(TODAY);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static List<HoldingView> page(HoldingFilter filter, AccessScope scope, HoldingSort sort, boolean desc, int first, int size) {
        return db.inTransaction(em -> new BookHoldings(em, DIRECTORY).page(filter, scope, sort, desc, first, size, TODAY));
    }

    private static BookTotals totals(HoldingFilter filter, AccessScope scope) {
        return db.inTransaction(em -> new BookHoldings(em, DIRECTORY).totals(filter, scope, TODAY));
    }

    @Test
    void anAdminSeesTheWholeBookAndARepOnlyTheirOwn() {
        assertThat(totals(HoldingFilter.none(), ADMIN).positions()).isEqualTo(38);
        List<HoldingView> own = page(HoldingFilter.none(), R001, HoldingSort.PRODUCT, false, 0, 100);
        assertThat(own).hasSize(8).allSatisfy(h -> assertThat(h.customerId()).isBetween(1L, 3L));
        assertThat(totals(HoldingFilter.none(), R001).positions()).isEqualTo(8);
    }

    @Test
    void pagesFollowTheOrderAndTheTotalsAgreeWithTheValuationOfEachPosition() {
        List<HoldingView> first = page(HoldingFilter.none(), ADMIN, HoldingSort.UNREALISED, true, 0, 20);
        List<HoldingView> second = page(HoldingFilter.none(), ADMIN, HoldingSort.UNREALISED, true, 20, 20);
        assertThat(first).hasSize(20);
        assertThat(second).hasSize(18);
        List<BigDecimal> gains = java.util.stream.Stream.concat(first.stream(), second.stream())
                .map(HoldingView::unrealisedGainJpy).toList();
        assertThat(gains).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(gains.get(0)).isPositive();
        assertThat(gains.get(gains.size() - 1)).isNegative();

        BookTotals totals = totals(HoldingFilter.none(), ADMIN);
        BigDecimal market = gains.isEmpty() ? BigDecimal.ZERO : java.util.stream.Stream.concat(first.stream(), second.stream())
                .map(HoldingView::marketValueJpy).reduce(BigDecimal.ZERO, BigDecimal::add);
        // each position rounds to whole yen on its own: the sums may differ by at most a yen a position
        assertThat(totals.marketValueJpy().subtract(market).abs()).isLessThanOrEqualTo(new BigDecimal("38"));
        assertThat(totals.unrealisedGainJpy()).isEqualByComparingTo(totals.marketValueJpy().subtract(totals.bookValueJpy()));
    }

    @Test
    void aManagerNarrowsTheListToOneRepOfTheBranchButNotToAnotherBranchsRep() {
        AccessScope honten = new AccessScope(20, "m001", Set.of(Role.MANAGER), null, "本店営業部");
        List<HoldingView> r001 = page(new HoldingFilter(null, null, null, false, 1L), honten, HoldingSort.PRODUCT, false, 0, 100);
        assertThat(r001).isNotEmpty().allSatisfy(h -> assertThat(DemoCustomers.all().get((int) h.customerId() - 1).salesRepId()).isEqualTo(1L));
        assertThat(r001).extracting(HoldingView::holdingId)
                .containsExactlyInAnyOrderElementsOf(page(HoldingFilter.none(), R001, HoldingSort.PRODUCT, false, 0, 100).stream().map(HoldingView::holdingId).toList());
        assertThat(totals(new HoldingFilter(null, null, null, false, 1L), honten).positions()).isEqualTo(r001.size())
                .isLessThan(totals(HoldingFilter.none(), honten).positions());

        long osakaRep = DemoCustomers.all().stream().filter(c -> c.branch().equals("大阪支店")).findFirst().orElseThrow().salesRepId();
        assertThat(totals(new HoldingFilter(null, null, null, false, osakaRep), honten).positions()).isZero();
        assertThat(totals(new HoldingFilter(null, null, null, false, osakaRep), ADMIN).positions()).isPositive();
        assertThat(totals(new HoldingFilter(null, null, null, false, 2L), R001).positions()).as("a rep sees no other rep's book").isZero();
    }

    @Test
    void filtersByCategoryCurrencyAndText() {
        assertThat(page(new HoldingFilter(null, "外国株式", null), ADMIN, HoldingSort.PRODUCT, false, 0, 100))
                .isNotEmpty().allSatisfy(h -> assertThat(h.category()).isEqualTo("外国株式"));
        assertThat(page(new HoldingFilter(null, null, "usd"), ADMIN, HoldingSort.PRODUCT, false, 0, 100))
                .isNotEmpty().allSatisfy(h -> assertThat(h.currency()).isEqualTo("USD"));
        assertThat(page(new HoldingFilter("トヨタ", null, null), ADMIN, HoldingSort.PRODUCT, false, 0, 100))
                .isNotEmpty().allSatisfy(h -> assertThat(h.productCode()).isEqualTo("7203"));
        assertThat(page(new HoldingFilter("100%", null, null), ADMIN, HoldingSort.PRODUCT, false, 0, 100)).isEmpty();
    }

    @Test
    void theBookSummaryAddsUpToThePositionsOneByOne() {
        for (AccessScope caller : List.of(ADMIN, R001)) {
            BookSummary summary = db.inTransaction(em -> new BookAggregates(em, DIRECTORY).summary(caller, TODAY));
            List<HoldingView> positions = page(HoldingFilter.none(), caller, HoldingSort.PRODUCT, false, 0, 1000);
            BigDecimal market = positions.stream().map(HoldingView::marketValueJpy).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal book = positions.stream().map(HoldingView::bookValueJpy).reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(summary.totals().positions()).isEqualTo(positions.size());
            // each position is rounded to the yen on its own, the summary once: a yen per position at most
            assertThat(summary.totals().marketValueJpy().subtract(market).abs()).isLessThanOrEqualTo(BigDecimal.valueOf(positions.size()));
            assertThat(summary.totals().bookValueJpy().subtract(book).abs()).isLessThanOrEqualTo(BigDecimal.valueOf(positions.size()));
            assertThat(summary.totals()).isEqualTo(db.inTransaction(em -> new BookHoldings(em, DIRECTORY).totals(HoldingFilter.none(), caller, TODAY)));
        }
        assertThat(db.inTransaction(em -> new BookAggregates(em, DIRECTORY).summary(R001, TODAY)).totals().positions())
                .isLessThan(db.inTransaction(em -> new BookAggregates(em, DIRECTORY).summary(ADMIN, TODAY)).totals().positions());
    }

    @Test
    void theAllocationByCategoryCoversTheBook() {
        List<Allocation> allocation = db.inTransaction(em -> new BookAggregates(em, DIRECTORY).summary(ADMIN, TODAY)).byCategory();
        assertThat(allocation).extracting(Allocation::key).contains("国内株式", "外国株式", "国内債券", "投資信託");
        BigDecimal shares = allocation.stream().map(Allocation::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(shares).isBetween(new BigDecimal("0.999"), new BigDecimal("1.001"));
        assertThat(allocation.stream().map(Allocation::marketValueJpy).toList()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        BigDecimal foreignShares = page(new HoldingFilter(null, "外国株式", null), ADMIN, HoldingSort.PRODUCT, false, 0, 1000).stream()
                .map(HoldingView::marketValueJpy).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocation).filteredOn(a -> a.key().equals("外国株式")).singleElement()
                .satisfies(a -> assertThat(a.marketValueJpy().subtract(foreignShares).abs()).isLessThanOrEqualTo(BigDecimal.TEN));
    }

    @Test
    void theLargestGainsAndLossesAreTheTopAndBottomOfTheListByGain() {
        for (AccessScope caller : List.of(ADMIN, R001)) {
            BookMovers movers = db.inTransaction(em -> new BookAggregates(em, DIRECTORY).movers(caller, TODAY, 3));
            List<HoldingView> byGain = page(HoldingFilter.none(), caller, HoldingSort.UNREALISED, true, 0, 1000);
            List<HoldingView> gains = byGain.stream().filter(h -> h.unrealisedGainJpy().signum() > 0).limit(3).toList();
            List<HoldingView> losses = page(HoldingFilter.none(), caller, HoldingSort.UNREALISED, false, 0, 1000).stream()
                    .filter(h -> h.unrealisedGainJpy().signum() < 0).limit(3).toList();

            assertThat(movers.gains()).extracting(HoldingView::holdingId).containsExactlyElementsOf(gains.stream().map(HoldingView::holdingId).toList());
            assertThat(movers.losses()).extracting(HoldingView::holdingId).containsExactlyElementsOf(losses.stream().map(HoldingView::holdingId).toList());
        }
        assertThat(db.inTransaction(em -> new BookAggregates(em, DIRECTORY).movers(ADMIN, TODAY, 3)).losses()).isNotEmpty();
    }
}
