package com.wealthai.crm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rows and rows per second of each table, and of the whole run, as the generator prints them. */
public final class GenerationReport {

    /** One table's figures. */
    public record TableFigures(String table, long rows, long millis) {

        public long rowsPerSecond() {
            return millis == 0 ? rows : rows * 1000 / millis;
        }
    }

    private final List<TableFigures> tables = new ArrayList<>();
    private long totalMillis;

    void add(String table, long rows, long millis) {
        tables.add(new TableFigures(table, rows, millis));
    }

    void finish(long millis) {
        totalMillis = millis;
    }

    public List<TableFigures> tables() {
        return List.copyOf(tables);
    }

    public long rows() {
        return tables.stream().mapToLong(TableFigures::rows).sum();
    }

    public long rows(String table) {
        return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableFigures::rows).sum();
    }

    /** Wall time of the whole run, including migrations, commit and ANALYZE. */
    public long totalMillis() {
        return totalMillis;
    }

    public String asTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %-30s | %12s | %9s | %10s |%n", "table", "rows", "seconds", "rows/s"));
        out.append("|").append("-".repeat(32)).append("|").append("-".repeat(14)).append("|")
                .append("-".repeat(11)).append("|").append("-".repeat(12)).append("|\n");
        for (TableFigures t : tables) {
            out.append(String.format(Locale.ROOT, "| %-30s | %,12d | %9.1f | %,10d |%n", t.table(), t.rows(), t.millis() / 1000.0, t.rowsPerSecond()));
        }
        long rows = rows();
        out.append(String.format(Locale.ROOT, "| %-30s | %,12d | %9.1f | %,10d |%n", "total (incl. migrate, commit, analyze)",
                rows, totalMillis / 1000.0, totalMillis == 0 ? rows : rows * 1000 / totalMillis));
        return out.toString();
    }
}
