package com.wealthai.crm.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator at full scale into a throw-away PostgreSQL, for its rows-per-second figures without
 * touching the app's data folder (about a minute; off unless asked for):
 * {@code mvn -pl crm-bench test -Dtest=FullScaleGeneratorRun -Dbench.full=true}.
 */
class FullScaleGeneratorRun {

    @TempDir
    Path folder;

    @Test
    @EnabledIfSystemProperty(named = "bench.full", matches = "true")
    void generateTheFullBook() throws Exception {
        try (TinyBook postgres = new TinyBook()) {
            GenerationReport report = new DataGenerator(postgres.database("fullsize"), BenchScale.full(), 42, TinyBook.AS_OF,
                    folder.resolve("bench-users.csv")).run(false);
            System.out.print(report.asTable());
        }
    }
}
