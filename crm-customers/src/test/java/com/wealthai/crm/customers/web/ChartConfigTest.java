package com.wealthai.crm.customers.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartConfigTest {

    @Test
    void aDoughnutCarriesOneSlicePerLabelWithItsColour() {
        JsonObject config = parse(ChartConfig.doughnut(List.of("安定型（6名）", "積極型（3名）"), List.of(6L, 3L), ChartConfig.RISK_COLOURS));

        assertThat(config.getString("type")).isEqualTo("doughnut");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("安定型（6名）");
        assertThat(config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(1)).isEqualTo(3);
    }

    @Test
    void aNameCannotCloseThePagesScriptElement() {
        String written = ChartConfig.horizontalBars(List.of("</script><script>alert(1)</script>"), List.of(1L), ChartConfig.BAR_COLOUR);

        assertThat(written).doesNotContain("<");
        assertThat(parse(written).getJsonObject("data").getJsonArray("labels").getString(0))
                .as("the same text once parsed").isEqualTo("</script><script>alert(1)</script>");
        assertThat(parse(written).getJsonObject("options").getString("indexAxis")).isEqualTo("y");
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
