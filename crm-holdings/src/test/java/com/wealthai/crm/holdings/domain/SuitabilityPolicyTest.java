package com.wealthai.crm.holdings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wealthai.crm.customers.api.RiskTolerance;
import org.junit.jupiter.api.Test;

class SuitabilityPolicyTest {

    private final SuitabilityPolicy policy = SuitabilityPolicy.defaults();

    @Test
    void eachToleranceAllowsUpToItsDefaultLevel() {
        assertThat(policy.assessPosition(RiskTolerance.CONSERVATIVE, 2)).isEmpty();
        assertThat(policy.assessPosition(RiskTolerance.CONSERVATIVE, 3))
                .containsExactly(new SuitabilityFlag(SuitabilityFlag.Kind.ABOVE_TOLERANCE, 3, 2));
        assertThat(policy.assessPosition(RiskTolerance.STABLE_GROWTH, 4)).hasSize(1);
        assertThat(policy.assessPosition(RiskTolerance.GROWTH, 4)).isEmpty();
        assertThat(policy.assessPosition(RiskTolerance.GROWTH, 5)).hasSize(1);
        assertThat(policy.assessPosition(RiskTolerance.AGGRESSIVE, 5)).isEmpty();
    }

    @Test
    void aBuyAboveToleranceNeedsAStatedReason() {
        var flags = policy.assessTrade(RiskTolerance.STABLE_GROWTH, 40, 4, TradeType.BUY);

        assertThat(flags).extracting(SuitabilityFlag::kind).containsExactly(SuitabilityFlag.Kind.ABOVE_TOLERANCE);
        assertThat(flags.get(0).needsReason()).isTrue();
        assertThat(flags.get(0).reasonKey()).isEqualTo("holdings.suitability.ABOVE_TOLERANCE");
    }

    @Test
    void aCustomerOf75BuyingRiskFourNeedsManagerApprovalEvenWhenTheToleranceAllowsIt() {
        assertThat(policy.assessTrade(RiskTolerance.AGGRESSIVE, 75, 4, TradeType.BUY))
                .extracting(SuitabilityFlag::kind).containsExactly(SuitabilityFlag.Kind.ELDERLY_APPROVAL);
        assertThat(policy.assessTrade(RiskTolerance.AGGRESSIVE, 74, 5, TradeType.BUY)).isEmpty();
        assertThat(policy.assessTrade(RiskTolerance.AGGRESSIVE, 80, 3, TradeType.BUY)).isEmpty();
        // Selling reduces risk: no approval needed.
        assertThat(policy.assessTrade(RiskTolerance.AGGRESSIVE, 80, 5, TradeType.SELL)).isEmpty();
        // A corporation has no age.
        assertThat(policy.assessTrade(RiskTolerance.AGGRESSIVE, null, 5, TradeType.BUY)).isEmpty();
    }

    @Test
    void aCustomerWithoutToleranceIsFlaggedRatherThanPassed() {
        assertThat(policy.assessPosition(null, 1)).extracting(SuitabilityFlag::kind)
                .containsExactly(SuitabilityFlag.Kind.TOLERANCE_UNKNOWN);
    }

    @Test
    void theMappingIsConfigurableAndKeepsDefaultsForToleranceLeftOut() {
        SuitabilityPolicy strict = SuitabilityPolicy.parse("CONSERVATIVE=1, GROWTH=3");

        assertThat(strict.maxRiskLevel(RiskTolerance.CONSERVATIVE)).isEqualTo(1);
        assertThat(strict.maxRiskLevel(RiskTolerance.GROWTH)).isEqualTo(3);
        assertThat(strict.maxRiskLevel(RiskTolerance.STABLE_GROWTH)).isEqualTo(3);
        assertThat(SuitabilityPolicy.parse(" ").maxRiskLevel(RiskTolerance.AGGRESSIVE)).isEqualTo(5);
        assertThatThrownBy(() -> SuitabilityPolicy.parse("GROWTH=7")).hasMessageContaining("1-5");
        assertThatThrownBy(() -> SuitabilityPolicy.parse("GROWTH")).hasMessageContaining("TOLERANCE=LEVEL");
    }
}
