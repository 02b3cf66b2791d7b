package com.wealthai.crm.holdings.application;

/**
 * What the book-wide holdings list is narrowed to; null or blank means "any".
 *
 * @param text           part of the product code or name
 * @param category       a product category (国内株式 …)
 * @param currency       a product currency (JPY, USD …)
 * @param unsuitableOnly only positions whose product risk level is above what the customer's risk
 *                       tolerance allows (不適合のみ), by the configured {@link com.wealthai.crm.holdings.domain.SuitabilityPolicy}
 * @param salesRepId     one rep's book within the caller's reach (a manager's rep of the branch); a rep
 *                       out of reach gives nothing
 */
public record HoldingFilter(String text, String category, String currency, boolean unsuitableOnly, Long salesRepId) {

    public HoldingFilter(String text, String category, String currency, boolean unsuitableOnly) {
        this(text, category, currency, unsuitableOnly, null);
    }

    public HoldingFilter(String text, String category, String currency) {
        this(text, category, currency, false, null);
    }

    public static HoldingFilter none() {
        return new HoldingFilter(null, null, null, false, null);
    }

    /** Every position that does not suit its customer, whatever the product. */
    public static HoldingFilter unsuitable() {
        return new HoldingFilter(null, null, null, true, null);
    }
}
