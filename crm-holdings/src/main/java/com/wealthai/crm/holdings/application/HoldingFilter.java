package com.wealthai.crm.holdings.application;

/**
 * What the book-wide holdings list is narrowed to; null or blank means "any".
 *
 * @param text           part of the product code or name
 * @param category       a product category (国内株式 …)
 * @param currency       a product currency (JPY, USD …)
 * @param unsuitableOnly only positions whose product risk level is above what the customer's risk
 *                       tolerance allows (不適合のみ), by the configured {@link com.wealthai.crm.holdings.domain.SuitabilityPolicy}
 */
public record HoldingFilter(String text, String category, String currency, boolean unsuitableOnly) {

    public HoldingFilter(String text, String category, String currency) {
        this(text, category, currency, false);
    }

    public static HoldingFilter none() {
        return new HoldingFilter(null, null, null, false);
    }

    /** Every position that does not suit its customer, whatever the product. */
    public static HoldingFilter unsuitable() {
        return new HoldingFilter(null, null, null, true);
    }
}
