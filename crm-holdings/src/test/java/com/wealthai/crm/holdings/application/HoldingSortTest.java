package com.wealthai.crm.holdings.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Table columns and API fields map to the list's orders; anything else sorts by market value. */
class HoldingSortTest {

    @Test
    void columnAndApiNamesMapToTheirOrder() {
        assertThat(HoldingSort.byField("marketValueJpy")).isEqualTo(HoldingSort.MARKET_VALUE);
        assertThat(HoldingSort.byField("unrealized_gain_loss_jpy")).isEqualTo(HoldingSort.UNREALISED);
        assertThat(HoldingSort.byField("unrealised")).isEqualTo(HoldingSort.UNREALISED);
        assertThat(HoldingSort.byField("unrealisedPct")).isEqualTo(HoldingSort.UNREALISED_PCT);
        assertThat(HoldingSort.byField("product_code")).isEqualTo(HoldingSort.PRODUCT);
        assertThat(HoldingSort.byField("customer")).isEqualTo(HoldingSort.CUSTOMER);
        assertThat(HoldingSort.byField("category")).isEqualTo(HoldingSort.CATEGORY);
    }

    @Test
    void unknownOrMissingFieldsSortByMarketValueNeverByRawSql() {
        assertThat(HoldingSort.byField(null)).isEqualTo(HoldingSort.MARKET_VALUE);
        assertThat(HoldingSort.byField("1; drop table holdings")).isEqualTo(HoldingSort.MARKET_VALUE);
    }
}
