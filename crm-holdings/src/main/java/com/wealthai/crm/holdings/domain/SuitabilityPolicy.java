package com.wealthai.crm.holdings.domain;

import com.wealthai.crm.customers.api.RiskTolerance;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The principle of suitability (適合性の原則): the highest product risk level each risk tolerance
 * allows, and the rule of the Japan Securities Dealers Association's guideline for elderly
 * customers (高齢顧客への勧誘による販売に係るガイドライン) that a customer aged 75 or more buying a
 * high-risk product needs a manager's approval.
 */
public final class SuitabilityPolicy {

    public static final int ELDERLY_AGE = 75;
    public static final int ELDERLY_RISK_LEVEL = 4;
    /** The highest product risk level there is: a tolerance allowing it finds nothing unsuitable. */
    public static final int HIGHEST_RISK_LEVEL = 5;

    private final Map<RiskTolerance, Integer> maxRiskLevel;

    public SuitabilityPolicy(Map<RiskTolerance, Integer> maxRiskLevel) {
        EnumMap<RiskTolerance, Integer> copy = defaultLevels();
        maxRiskLevel.forEach((tolerance, level) -> {
            if (level < 1 || level > HIGHEST_RISK_LEVEL) {
                throw new IllegalArgumentException("risk level of " + tolerance + " must be 1-5: " + level);
            }
            copy.put(tolerance, level);
        });
        this.maxRiskLevel = copy;
    }

    /** 安定型 ≤2, 安定成長型 ≤3, 成長型 ≤4, 積極型 5. */
    public static SuitabilityPolicy defaults() {
        return new SuitabilityPolicy(Map.of());
    }

    private static EnumMap<RiskTolerance, Integer> defaultLevels() {
        EnumMap<RiskTolerance, Integer> levels = new EnumMap<>(RiskTolerance.class);
        levels.put(RiskTolerance.CONSERVATIVE, 2);
        levels.put(RiskTolerance.STABLE_GROWTH, 3);
        levels.put(RiskTolerance.GROWTH, 4);
        levels.put(RiskTolerance.AGGRESSIVE, 5);
        return levels;
    }

    /**
     * Reads a mapping such as {@code CONSERVATIVE=2,STABLE_GROWTH=3}; tolerances left out keep their
     * default. Blank means the defaults.
     */
    public static SuitabilityPolicy parse(String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return defaults();
        }
        Map<RiskTolerance, Integer> levels = new EnumMap<>(RiskTolerance.class);
        for (String pair : mapping.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected TOLERANCE=LEVEL, got: " + pair.trim());
            }
            levels.put(RiskTolerance.valueOf(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }
        return new SuitabilityPolicy(levels);
    }

    /** The highest level of every tolerance, for a query that applies the policy in the database. */
    public Map<RiskTolerance, Integer> levels() {
        return java.util.Collections.unmodifiableMap(maxRiskLevel);
    }

    public int maxRiskLevel(RiskTolerance tolerance) {
        return maxRiskLevel.get(tolerance);
    }

    /** Flags of a position the customer holds (no approval rule: nothing is being bought). */
    public List<SuitabilityFlag> assessPosition(RiskTolerance tolerance, int productRiskLevel) {
        return assess(tolerance, null, productRiskLevel, false);
    }

    /** Flags of a proposed trade; only a buy can need the elderly approval or a stated reason. */
    public List<SuitabilityFlag> assessTrade(RiskTolerance tolerance, Integer age, int productRiskLevel, TradeType type) {
        return assess(tolerance, age, productRiskLevel, type == TradeType.BUY);
    }

    private List<SuitabilityFlag> assess(RiskTolerance tolerance, Integer age, int riskLevel, boolean buying) {
        List<SuitabilityFlag> flags = new ArrayList<>();
        if (tolerance == null) {
            flags.add(new SuitabilityFlag(SuitabilityFlag.Kind.TOLERANCE_UNKNOWN, riskLevel, null));
        } else if (riskLevel > maxRiskLevel(tolerance)) {
            flags.add(new SuitabilityFlag(SuitabilityFlag.Kind.ABOVE_TOLERANCE, riskLevel, maxRiskLevel(tolerance)));
        }
        if (buying && age != null && age >= ELDERLY_AGE && riskLevel >= ELDERLY_RISK_LEVEL) {
            flags.add(new SuitabilityFlag(SuitabilityFlag.Kind.ELDERLY_APPROVAL, riskLevel, null));
        }
        return List.copyOf(flags);
    }
}
