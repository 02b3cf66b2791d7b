package com.wealthai.crm.bench;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What every table writer needs: the connection (one transaction for the whole run), the layout,
 * the random streams and the day the data is "as of".
 *
 * @param asOf today in Asia/Tokyo; prices end here, notes and follow-ups are around it
 */
public record GenerationContext(Connection connection, BookLayout layout, Seeds seeds, LocalDate asOf) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public BenchScale scale() {
        return layout.scale();
    }
}
