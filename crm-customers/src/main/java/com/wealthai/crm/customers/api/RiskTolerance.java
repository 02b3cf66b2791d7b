package com.wealthai.crm.customers.api;

/**
 * How much risk a customer accepts (適合性), from the fixed list of the original system, lowest first.
 * Holdings compares it with a product's risk level (1–5) to flag unsuitable positions.
 */
public enum RiskTolerance {
    /** 安定型 */
    CONSERVATIVE,
    /** 安定成長型 */
    STABLE_GROWTH,
    /** 成長型 */
    GROWTH,
    /** 積極型 */
    AGGRESSIVE;

    public String labelKey() {
        return "customers.risk." + name();
    }
}
