package com.wealthai.crm.holdings.application;

/**
 * What the book-wide holdings list is narrowed to; null or blank means "any".
 *
 * @param text     part of the product code or name
 * @param category a product category (国内株式 …)
 * @param currency a product currency (JPY, USD …)
 */
public record HoldingFilter(String text, String category, String currency) {

    public static HoldingFilter none() {
        return new HoldingFilter(null, null, null);
    }
}
