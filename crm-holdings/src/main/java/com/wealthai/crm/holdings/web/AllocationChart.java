package com.wealthai.crm.holdings.web;

import com.wealthai.crm.holdings.domain.Allocation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * The Chart.js configuration of a doughnut chart of an allocation, for {@code <p:chart value="…"/>}
 * (PrimeFaces 15 takes the chart as Chart.js JSON). Colours follow the slices' order, so the largest
 * slice is always the house blue.
 */
final class AllocationChart {

    private static final List<String> COLOURS = List.of("#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed",
            "#0891b2", "#db2777", "#65a30d", "#475569", "#ea580c");

    private AllocationChart() {
    }

    static String doughnut(List<Allocation> allocations) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            labels.add(a.key() + " " + a.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            values.add(a.marketValueJpy());
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", values).add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        // drawn at once: no half-drawn chart in a screenshot or a print, less work on a phone
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }
}
