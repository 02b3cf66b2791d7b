package com.wealthai.crm.holdings.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations of the portfolio analysis page besides the allocation doughnuts (see
 * {@link AllocationChart}): the maturity ladder as bars, the valuation history as a line. Values in
 * yen start the axis at zero for bars (heights compare amounts) but not for the line (the movement
 * is what matters, not the distance from zero).
 */
final class AnalysisCharts {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String BLUE = "#2563eb";

    private AnalysisCharts() {
    }

    static String bar(List<String> labels, List<BigDecimal> values, String seriesLabel) {
        return chart("bar", labels, values, seriesLabel, JSON.createObjectBuilder().add("backgroundColor", BLUE), true);
    }

    static String line(List<String> labels, List<BigDecimal> values, String seriesLabel) {
        return chart("line", labels, values, seriesLabel, JSON.createObjectBuilder().add("borderColor", BLUE)
                .add("backgroundColor", "rgba(37, 99, 235, 0.12)").add("fill", true).add("tension", 0.2), false);
    }

    private static String chart(String type, List<String> labels, List<BigDecimal> values, String seriesLabel,
                                JsonObjectBuilder dataset, boolean fromZero) {
        JsonArrayBuilder l = JSON.createArrayBuilder();
        labels.forEach(l::add);
        JsonArrayBuilder v = JSON.createArrayBuilder();
        values.forEach(v::add);
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", l)
                        .add("datasets", JSON.createArrayBuilder().add(dataset.add("label", seriesLabel).add("data", v))))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", fromZero)))
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false))))
                .build().toString();
    }
}
