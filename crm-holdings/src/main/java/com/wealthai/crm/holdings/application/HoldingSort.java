package com.wealthai.crm.holdings.application;

import java.util.Locale;

/** The orders of the holdings list; each maps to an SQL expression of {@link BookHoldings}' query. */
public enum HoldingSort {
    PRODUCT("x.product_code"),
    CATEGORY("x.category"),
    CUSTOMER("x.customer_id"),
    QUANTITY("x.quantity"),
    MARKET_VALUE("market_value_jpy"),
    UNREALISED("unrealised_jpy"),
    UNREALISED_PCT("unrealised_pct");

    final String sql;

    HoldingSort(String sql) {
        this.sql = sql;
    }

    /** The sort for a table column or API field ({@code market_value_jpy}, {@code marketValueJpy} …); default market value. */
    public static HoldingSort byField(String field) {
        if (field == null || field.isBlank()) {
            return MARKET_VALUE;
        }
        String key = field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        return switch (key) {
            case "PRODUCT", "PRODUCT_CODE", "PRODUCT_NAME" -> PRODUCT;
            case "CATEGORY" -> CATEGORY;
            case "CUSTOMER", "CUSTOMER_ID" -> CUSTOMER;
            case "QUANTITY" -> QUANTITY;
            case "UNREALISED", "UNREALISED_GAIN", "UNREALISED_GAIN_JPY", "UNREALIZED_GAIN_LOSS", "UNREALIZED_GAIN_LOSS_JPY" -> UNREALISED;
            case "UNREALISED_PCT", "UNREALIZED_GAIN_LOSS_PCT" -> UNREALISED_PCT;
            default -> MARKET_VALUE;
        };
    }
}
