package com.wealthai.crm.holdings.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.holdings.domain.Allocation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How gains, losses and the allocation chart are shown. */
class GainStyleTest {

    private final GainStyle gains = new GainStyle();

    @Test
    void gainsAreGreenAndSignedLossesRedAndSigned() {
        assertThat(gains.style(new BigDecimal("1"))).isEqualTo("gain");
        assertThat(gains.style(new BigDecimal("-0.5"))).isEqualTo("loss");
        assertThat(gains.style(BigDecimal.ZERO)).isEmpty();
        assertThat(gains.yen(new BigDecimal("1234567.4"))).isEqualTo("+¥1,234,567");
        assertThat(gains.yen(new BigDecimal("-98765.5"))).isEqualTo("−¥98,766");
        assertThat(gains.yen(BigDecimal.ZERO)).isEqualTo("¥0");
    }

    @Test
    void aPercentageIsOfItsBaseAndEmptyWithoutOne() {
        assertThat(gains.percent(new BigDecimal("125"), new BigDecimal("1000"))).isEqualTo("+12.50%");
        assertThat(gains.percent(new BigDecimal("-1"), new BigDecimal("3"))).isEqualTo("−33.33%");
        assertThat(gains.percent(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void theAllocationChartIsChartJsJsonWithOneSlicePerCategory() {
        String json = AllocationChart.doughnut(List.of(
                new Allocation("国内株式", new BigDecimal("600000"), new BigDecimal("0.6000")),
                new Allocation("外国債券", new BigDecimal("400000"), new BigDecimal("0.4000"))));
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertThat(chart.getString("type")).isEqualTo("doughnut");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("国内株式 60%");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data"))
                .hasSize(2);
    }
}
