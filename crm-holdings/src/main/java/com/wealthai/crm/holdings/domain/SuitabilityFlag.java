package com.wealthai.crm.holdings.domain;

/**
 * Why a position or trade does not plainly suit the customer.
 *
 * @param kind             which rule fired
 * @param productRiskLevel the product's risk level
 * @param allowedRiskLevel the highest level the customer's tolerance allows, for {@link Kind#ABOVE_TOLERANCE}
 */
public record SuitabilityFlag(Kind kind, int productRiskLevel, Integer allowedRiskLevel) {

    public enum Kind {
        /** The product's risk exceeds the customer's tolerance; a buy needs a stated reason. */
        ABOVE_TOLERANCE,
        /** The customer has no recorded risk tolerance, so suitability cannot be confirmed. */
        TOLERANCE_UNKNOWN,
        /** A customer aged 75 or more buys risk level 4–5: a manager must approve. */
        ELDERLY_APPROVAL
    }

    /** Message key of the reason shown to the user; arguments are the two levels. */
    public String reasonKey() {
        return "holdings.suitability." + kind.name();
    }

    /** Whether recording a buy with this flag needs the rep to state a reason. */
    public boolean needsReason() {
        return kind != Kind.ELDERLY_APPROVAL;
    }
}
