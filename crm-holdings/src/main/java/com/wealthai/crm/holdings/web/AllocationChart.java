package com.wealthai.crm.holdings.web;

import com.wealthai.crm.holdings.domain.Allocation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * The Chart.js configuration of a doughnut chart of an allocation, for {@code <p:chart value="…"/>}
 * (PrimeFaces 15 takes the chart as Chart.js JSON). Colours follow the slices' order, so the largest
 * slice is always the house blue.
 */
final class AllocationChart {

    /**
     * Looked up once: each {@code Json.create...} call searches for the provider again (ServiceLoader,
     * then OSGi, through the JAR files), about 2% of a dashboard's CPU. Parsson's provider is thread-safe.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final List<String> COLOURS = List.of("#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed",
            "#0891b2", "#db2777", "#65a30d", "#475569", "#ea580c");

    private AllocationChart() {
    }

    static String doughnut(List<Allocation> allocations) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder values = JSON.createArrayBuilder();
        JsonArrayBuilder colours = JSON.createArrayBuilder();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            labels.add(a.key() + " " + a.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%");
            values.add(a.marketValueJpy());
            colours.add(COLOURS.get(i % COLOURS.size()));
        }
        return JSON.createObjectBuilder().add("type", "doughnut")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("data", values).add("backgroundColor", colours))))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        // drawn at once: no half-drawn chart in a screenshot or a print, less work on a phone
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend",
                                JSON.createObjectBuilder().add("position", "right"))))
                .build().toString();
    }
}
