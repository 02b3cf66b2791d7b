package com.wealthai.crm.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YenBandTest {

    @Test
    void anAmountFallsInTheBandWhoseLowerBoundItReaches() {
        assertThat(YenBand.of(18_000_000L, YenBand.INCOME)).isEqualTo(new YenBand(10_000_000, 20_000_000L));
        assertThat(YenBand.of(20_000_000L, YenBand.INCOME)).isEqualTo(new YenBand(20_000_000, 50_000_000L));
        assertThat(YenBand.of(0L, YenBand.INCOME)).isEqualTo(new YenBand(0, 3_000_000L));
        assertThat(YenBand.of(25_000_000_000L, YenBand.ASSETS)).isEqualTo(new YenBand(10_000_000_000L, null));
        assertThat(YenBand.of(null, YenBand.ASSETS)).isNull();
    }

    @Test
    void labelsCountYenInManAndOku() {
        assertThat(YenBand.of(18_000_000L, YenBand.INCOME).label()).isEqualTo("1,000万円以上2,000万円未満");
        assertThat(YenBand.of(250_000_000L, YenBand.ASSETS).label()).isEqualTo("1億円以上3億円未満");
        assertThat(YenBand.of(1_000_000L, YenBand.INCOME).label()).isEqualTo("300万円未満");
        assertThat(YenBand.of(25_000_000_000L, YenBand.ASSETS).label()).isEqualTo("100億円以上");
    }
}
