package com.wealthai.crm.customers.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="…">}, which writes the value verbatim into the
 * page's script: labels are escaped by the JSON writer, and {@code <} besides, so that a name can never
 * close the script element. Charts are drawn without animation: a tile on a dashboard is read, not
 * watched, and a screenshot then shows the real figures.
 */
final class ChartConfig {

    /**
     * Looked up once: each {@code Json.create...} call searches for the provider again (ServiceLoader,
     * then OSGi, through the JAR files), about 2% of a dashboard's CPU. Parsson's provider is thread-safe.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The risk levels' colours, calm to bold, in the order of the slices. */
    static final List<String> RISK_COLOURS = List.of("#5b9bd5", "#70ad47", "#ffc000", "#ed7d31");
    static final String BAR_COLOUR = "#3b6ea5";

    private ChartConfig() {
    }

    /** A doughnut with a legend on the right, one slice per label. */
    static String doughnut(List<String> labels, List<Long> values, List<String> colours) {
        JsonObjectBuilder dataset = JSON.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", strings(colours));
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "right")));
        return config("doughnut", labels, dataset, options);
    }

    /** Horizontal bars, whole numbers on the axis, no legend (the tile's heading names the series). */
    static String horizontalBars(List<String> labels, List<Long> values, String colour) {
        JsonObjectBuilder dataset = JSON.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", colour);
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("indexAxis", "y")
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", JSON.createObjectBuilder().add("x", JSON.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0))))
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false)));
        return config("bar", labels, dataset, options);
    }

    private static String config(String type, List<String> labels, JsonObjectBuilder dataset, JsonObjectBuilder options) {
        String json = JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", strings(labels)).add("datasets", JSON.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
        return json.replace("<", "\\u003c"); // '<' only occurs inside JSON strings, where the escape means the same
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
