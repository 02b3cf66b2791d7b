package com.wealthai.crm.holdings.application;

/**
 * What the product master page is narrowed to; null or blank means "any".
 *
 * @param text     part of the product code or name (any case)
 * @param category a product category (国内株式 …)
 * @param active   only active ({@code true}) or only deactivated ({@code false}) products
 */
public record ProductFilter(String text, String category, Boolean active) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null);
    }
}
