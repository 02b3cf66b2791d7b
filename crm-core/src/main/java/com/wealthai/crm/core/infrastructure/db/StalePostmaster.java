package com.wealthai.crm.core.infrastructure.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Cleans up after a JVM that died without stopping its embedded PostgreSQL (kill -9, power loss):
 * the server is then still running, or its {@code postmaster.pid} is left behind, and a new start
 * would fail with "another server might be running".
 */
final class StalePostmaster {

    private static final Logger LOG = Logger.getLogger(StalePostmaster.class.getName());

    private StalePostmaster() {
    }

    static void stopIfLeftOver(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (postmaster.isPresent()) {
            LOG.warning(() -> "Stopping a PostgreSQL left running by an earlier start, pid " + postmaster.get().pid());
            postmaster.get().destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, data stays consistent
            postmaster.get().onExit().completeOnTimeout(null, Duration.ofSeconds(30).toSeconds(),
                    java.util.concurrent.TimeUnit.SECONDS).join();
        }
        Files.deleteIfExists(pidFile);
    }
}
