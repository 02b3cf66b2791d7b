package com.wealthai.crm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The logins the generator wrote ({@code bench-users.csv}), as Gatling feeder records: mostly reps,
 * a few branch managers, every virtual user a different login.
 */
final class BenchLogins {

    private BenchLogins() {
    }

    static Path file() {
        return Path.of(System.getProperty("bench.users.file", ".crm-data/bench-users.csv"));
    }

    /** {@code users} distinct logins, of which {@code managers} are branch managers, the rest reps. */
    static List<Map<String, Object>> pick(int users, int managers) {
        List<Map<String, Object>> reps = new ArrayList<>();
        List<Map<String, Object>> bosses = new ArrayList<>();
        for (Map<String, Object> login : read(file())) {
            if ("REP".equals(login.get("role"))) {
                reps.add(login);
            } else if ("MANAGER".equals(login.get("role"))) {
                bosses.add(login);
            }
        }
        if (reps.size() < users - managers || bosses.size() < managers) {
            throw new IllegalStateException("Need " + (users - managers) + " reps and " + managers + " managers in " + file()
                    + "; generate a larger book or lower -Dbench.users");
        }
        List<Map<String, Object>> picked = new ArrayList<>(bosses.subList(0, managers));
        picked.addAll(reps.subList(0, users - managers));
        return picked;
    }

    private static List<Map<String, Object>> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Run the data generator first (README, Benchmark): cannot read " + file, e);
        }
        String[] header = lines.get(0).split(",");
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            Map<String, Object> record = new java.util.HashMap<>();
            for (int i = 0; i < header.length; i++) {
                record.put(header[i], i < fields.length ? fields[i] : "");
            }
            record.put("customerIds", List.of(record.get("customers").toString().split(" ")));
            records.add(record);
        }
        return records;
    }
}
