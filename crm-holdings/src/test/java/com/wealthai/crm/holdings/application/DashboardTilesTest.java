package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.holdings.domain.SuitabilityPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard tiles 適合性アラート and 90日以内の満期, and the list's 不適合のみ filter, on a real
 * PostgreSQL with the demo book. The expected rows are worked out by hand from the demo data:
 *
 * <p>Unsuitable (default policy 安定型 ≤2, 安定成長型 ≤3, 成長型 ≤4): 山田 C0001 (安定成長型) holds 600
 * トヨタ 7203 (risk 4) = 600 × 2,850 = 1,710,000 yen; 小林 C0003 (成長型) 100 Apple (risk 5) = 100 ×
 * $228.50 × 151.20 = 3,454,920 yen; 松本 C0006 (安定型) 500 トヨタ = 1,425,000 yen; 石川 C0015 (安定型)
 * 500 三菱UFJ 8306 (risk 4) = 500 × 1,780 = 890,000 yen. Every other position is within its tolerance.
 *
 * <p>Maturing within 90 days: only the 6-month dollar deposit FXD-USD6 (the 15th, two months from
 * now), held by 木村 C0008 ($5,000) and the corporation C0017 ($100,000); priced 1.00 per dollar, it
 * pays back its market value: 756,000 and 15,120,000 yen at 151.20. The government bond JGB-V10
 * (8 months) and UST-2Y (10 months) mature later.
 */
class DashboardTilesTest {

    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    private static final AccessScope R001 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "本店営業部");
    private static final AccessScope R004 = new AccessScope(14, "r004", Set.of(Role.REP), 4L, "新宿支店");
    private static final AccessScope HEAD_OFFICE = new AccessScope(21, "m01", Set.of(Role.MANAGER), null, "本店営業部");
    private static final LocalDate TODAY = LocalDate.now(TradeBook.TOKYO);
    private static final CustomerDirectory DIRECTORY = DemoCustomers.directory();
    private static HoldingsDatabase db;

    @BeforeAll
    static void load() throws Exception {
        db = HoldingsDatabase.withDemoBook(TODAY);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    private static SuitabilityAlerts alerts(AccessScope scope, SuitabilityPolicy policy) {
        return db.inTransaction(em -> new BookHoldings(em, DIRECTORY, policy).unsuitable(scope, TODAY, 8));
    }

    private static Maturities maturities(AccessScope scope) {
        return db.inTransaction(em -> new BookHoldings(em, DIRECTORY).maturing(scope, TODAY, TODAY.plusDays(90), 10));
    }

    private static List<String> rows(List<HoldingView> holdings) {
        return holdings.stream().map(h -> "C" + h.customerId() + " " + h.productCode() + " " + h.marketValueJpy().toPlainString()).toList();
    }

    @Test
    void theAdminSeesTheFourUnsuitablePositionsLargestFirst() {
        SuitabilityAlerts alerts = alerts(ADMIN, SuitabilityPolicy.defaults());

        assertThat(alerts.positions()).isEqualTo(4);
        assertThat(alerts.customers()).isEqualTo(4);
        assertThat(alerts.marketValueJpy()).isEqualByComparingTo("7479920");
        assertThat(rows(alerts.largest())).containsExactly(
                "C3 AAPL 3454920", "C1 7203 1710000", "C6 7203 1425000", "C15 8306 890000");
        assertThat(alerts.largest()).extracting(HoldingView::riskLevel).containsExactly(5, 4, 4, 4);
    }

    @Test
    void aRepSeesOnlyTheirOwnCustomersAlertsAndAManagerTheBranchs() {
        assertThat(rows(alerts(R001, SuitabilityPolicy.defaults()).largest())).containsExactly("C3 AAPL 3454920", "C1 7203 1710000");
        assertThat(alerts(R001, SuitabilityPolicy.defaults()).customers()).isEqualTo(2);
        assertThat(rows(alerts(HEAD_OFFICE, SuitabilityPolicy.defaults()).largest()))
                .containsExactly("C3 AAPL 3454920", "C1 7203 1710000", "C6 7203 1425000");
        // r004's customers (C0008–C0010) hold nothing above their tolerance: the tile's empty state
        SuitabilityAlerts none = alerts(R004, SuitabilityPolicy.defaults());
        assertThat(none.positions()).isZero();
        assertThat(none.largest()).isEmpty();
        assertThat(none.marketValueJpy()).isEqualByComparingTo("0");
    }

    @Test
    void aStricterMappingFlagsTheRiskTwoPositionsOfTheConservativeCustomersToo() {
        // 安定型 ≤1: add 中村 C0002 and 森 C0012 (F-BAL02), 清水 C0010 (CB-NTT, F-BAL02), 関西精工 C0018 (CB-NTT)
        SuitabilityAlerts alerts = alerts(ADMIN, SuitabilityPolicy.parse("CONSERVATIVE=1"));

        assertThat(alerts.positions()).isEqualTo(9);
        assertThat(alerts.customers()).isEqualTo(8);
        assertThat(alerts.largest()).hasSize(8);
    }

    @Test
    void theUnsuitableFilterNarrowsTheListAndItsTotals() {
        BookTotals totals = db.inTransaction(em -> new BookHoldings(em, DIRECTORY).totals(HoldingFilter.unsuitable(), ADMIN, TODAY));
        assertThat(totals.positions()).isEqualTo(4);
        assertThat(totals.marketValueJpy()).isEqualByComparingTo("7479920");

        List<HoldingView> r001 = db.inTransaction(em -> new BookHoldings(em, DIRECTORY)
                .page(new HoldingFilter(null, null, null, true), R001, HoldingSort.PRODUCT, false, 0, 25, TODAY));
        assertThat(r001).extracting(HoldingView::productCode).containsExactly("7203", "AAPL");

        // combined with the other filters: the unsuitable foreign shares are Apple alone
        BookTotals foreign = db.inTransaction(em -> new BookHoldings(em, DIRECTORY)
                .totals(new HoldingFilter(null, "外国株式", null, true), ADMIN, TODAY));
        assertThat(foreign.positions()).isEqualTo(1);
        assertThat(foreign.marketValueJpy()).isEqualByComparingTo("3454920");
    }

    @Test
    void theDollarDepositMaturesWithinNinetyDaysForItsTwoHolders() {
        LocalDate maturity = TODAY.plusMonths(2).withDayOfMonth(15);
        Maturities all = maturities(ADMIN);

        assertThat(all.positions()).isEqualTo(2);
        assertThat(all.earliest()).extracting(HoldingView::customerId, HoldingView::productCode, HoldingView::maturityDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8L, "FXD-USD6", maturity),
                        org.assertj.core.groups.Tuple.tuple(17L, "FXD-USD6", maturity));
        assertThat(all.earliest()).extracting(Valuation::redemptionJpy)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("756000"), new BigDecimal("15120000"));
        assertThat(all.redemptionJpy()).isEqualByComparingTo("15876000");
        assertThat(all.marketValueJpy()).isEqualByComparingTo("15876000");
    }

    @Test
    void eachSeesTheMaturitiesOfTheirOwnScope() {
        assertThat(maturities(R001).positions()).isZero();
        assertThat(maturities(R001).earliest()).isEmpty();
        assertThat(maturities(R004).earliest()).extracting(HoldingView::customerId).containsExactly(8L);
        assertThat(maturities(HEAD_OFFICE).earliest()).extracting(HoldingView::customerId).containsExactly(17L);
        assertThat(maturities(HEAD_OFFICE).redemptionJpy()).isEqualByComparingTo("15120000");
    }

    private static ElderlyHighRisk elderly(AccessScope scope, LocalDate today) {
        return db.inTransaction(em -> new BookHoldings(em, DIRECTORY).elderlyHighRisk(scope, today, 5));
    }

    @Test
    void theOnlyCustomerAged75OrMoreHoldingRiskFourOrFiveIsIshikawa() {
        // 石川 C0015 (born 1946) holds 500 三菱UFJ (risk 4); 中村 C0002 (1949) only risk 1–2; the others are younger
        ElderlyHighRisk all = elderly(ADMIN, TODAY);
        assertThat(all.customers()).isEqualTo(1);
        assertThat(all.largest()).singleElement().satisfies(h -> {
            assertThat(h.customer().customerCode()).isEqualTo("C0015");
            assertThat(h.positions()).isEqualTo(1);
            assertThat(h.marketValueJpy()).isEqualByComparingTo("890000");
        });
        assertThat(elderly(R001, TODAY).customers()).isZero();
        assertThat(elderly(new AccessScope(17, "r007", Set.of(Role.REP), 7L, "大阪支店"), TODAY).customers()).isEqualTo(1);
    }

    @Test
    void aCustomerBornInTheBorderlineYearIsConfirmedByTheirAge() {
        // as of mid-2021 the birth year 1946 is the borderline (74 or 75): 石川's age from the directory decides
        ElderlyHighRisk borderline = elderly(ADMIN, LocalDate.of(2021, 6, 1));
        assertThat(borderline.largest()).extracting(h -> h.customer().customerCode()).containsExactly("C0015");
        // as of 2020, born 1946 is too young by year alone and is not even a candidate
        assertThat(elderly(ADMIN, LocalDate.of(2020, 6, 1)).customers()).isZero();
    }

    @Test
    void aBondPaysBackItsFaceNotItsMarketValue() {
        // JGB-V10 matures in eight months: widen the window to a year and compare 中村 C0002's ¥10,000,000 face
        Maturities year = db.inTransaction(em -> new BookHoldings(em, DIRECTORY).maturing(R001, TODAY, TODAY.plusYears(1), 10));
        assertThat(year.earliest()).singleElement().satisfies(h -> {
            assertThat(h.productCode()).isEqualTo("JGB-V10");
            assertThat(Valuation.redemptionJpy(h)).isEqualByComparingTo("10000000");
        });
    }
}
