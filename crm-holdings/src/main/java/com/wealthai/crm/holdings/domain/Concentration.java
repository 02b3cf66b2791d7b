package com.wealthai.crm.holdings.domain;

import java.math.BigDecimal;

/**
 * How concentrated a portfolio is, read from its Herfindahl index the way competition authorities
 * read market concentration (the U.S. merger guidelines' bands, on a 0–1 scale): below 0.15 spread
 * out (分散), from 0.15 to below 0.25 moderately concentrated (やや集中), from 0.25 concentrated (集中).
 * An index of 0.25 is what four equal positions give, 0.15 about seven.
 */
public enum Concentration {
    DIVERSIFIED, MODERATE, CONCENTRATED;

    public static final BigDecimal MODERATE_FROM = new BigDecimal("0.15");
    public static final BigDecimal CONCENTRATED_FROM = new BigDecimal("0.25");

    public static Concentration of(BigDecimal herfindahlIndex) {
        if (herfindahlIndex.compareTo(CONCENTRATED_FROM) >= 0) {
            return CONCENTRATED;
        }
        return herfindahlIndex.compareTo(MODERATE_FROM) >= 0 ? MODERATE : DIVERSIFIED;
    }
}
