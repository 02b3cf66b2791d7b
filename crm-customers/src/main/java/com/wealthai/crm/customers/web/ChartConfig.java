package com.wealthai.crm.customers.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart value="…">}, which writes the value verbatim into the
 * page's script: labels are escaped by the JSON writer, and {@code <} besides, so that a name can never
 * close the script element.
 */
final class ChartConfig {

    /** The risk levels' colours, calm to bold, in the order of the slices. */
    static final List<String> RISK_COLOURS = List.of("#5b9bd5", "#70ad47", "#ffc000", "#ed7d31");
    static final String BAR_COLOUR = "#3b6ea5";

    private ChartConfig() {
    }

    /** A doughnut with a legend on the right, one slice per label. */
    static String doughnut(List<String> labels, List<Long> values, List<String> colours) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", strings(colours));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right")));
        return config("doughnut", labels, dataset, options);
    }

    /** Horizontal bars, whole numbers on the axis, no legend (the tile's heading names the series). */
    static String horizontalBars(List<String> labels, List<Long> values, String colour) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("data", numbers(values)).add("backgroundColor", colour);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        return config("bar", labels, dataset, options);
    }

    private static String config(String type, List<String> labels, JsonObjectBuilder dataset, JsonObjectBuilder options) {
        String json = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", strings(labels)).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", options).build().toString();
        return json.replace("<", "\\u003c"); // '<' only occurs inside JSON strings, where the escape means the same
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonArrayBuilder numbers(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
