package com.wealthai.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's files in deploy/ are accepted by the real tools: Debian's nginx checks the site, with
 * its TLS example uncommented as an operator would, in a test instance with its own prefix (no root
 * needed); systemd-analyze checks the unit where it exists.
 */
class DeployConfigTest {

    private static final Path DEPLOY = Path.of("..", "deploy");

    @TempDir
    Path prefix;

    @Test
    void nginxAcceptsTheSiteAndItsTlsExample() throws Exception {
        NginxSite.Result result = NginxSite.in(prefix).withTls().check();

        assertThat(result.output()).contains("syntax is ok", "test is successful");
        assertThat(result.exit()).isZero();
    }

    @Test
    void systemdAcceptsTheUnit() throws Exception {
        requireTool(Path.of("/usr/bin/systemd-analyze"), "systemd-analyze");
        NginxSite.Result result = run("systemd-analyze", "verify", DEPLOY.resolve("systemd/wealthai-crm.service").toString());
        assertThat(result.output()).isEmpty();
        assertThat(result.exit()).isZero();
    }

    private static void requireTool(Path tool, String what) {
        if (!Files.isExecutable(tool)) {
            Assumptions.abort("skipped: " + what + " not available here");
        }
    }

    private static NginxSite.Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new NginxSite.Result(process.waitFor(), output.strip());
    }
}
