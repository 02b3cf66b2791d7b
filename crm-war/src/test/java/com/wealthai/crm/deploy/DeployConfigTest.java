package com.wealthai.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's files in deploy/ are accepted by the real tools: Debian's nginx checks the site in a
 * test instance with its own prefix (no root needed), systemd-analyze checks the unit where it exists.
 */
class DeployConfigTest {

    private static final Path DEPLOY = Path.of("..", "deploy");

    @TempDir
    Path prefix;

    @Test
    void nginxAcceptsTheSite() throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        requireTool(nginx, "nginx (apt-get install nginx)");
        Path snippets = Files.createDirectories(prefix.resolve("snippets"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.copy(DEPLOY.resolve("nginx/wealthai-crm-locations.conf"), snippets.resolve("wealthai-crm-locations.conf"));
        String site = Files.readString(DEPLOY.resolve("nginx/wealthai-crm.conf"))
                .replace("/etc/nginx/snippets", snippets.toString())
                .replace("listen 80;", "listen 127.0.0.1:18085;");
        Files.writeString(prefix.resolve("site.conf"), site);
        String p = prefix.toString();
        Files.writeString(prefix.resolve("nginx.conf"), "pid " + p + "/nginx.pid; error_log " + p + "/logs/error.log;\n"
                + "events {}\nhttp { access_log " + p + "/logs/access.log; client_body_temp_path " + p + "/cb; proxy_temp_path " + p
                + "/px; fastcgi_temp_path " + p + "/fc; uwsgi_temp_path " + p + "/uw; scgi_temp_path " + p + "/sc; include " + p + "/site.conf; }\n");

        Result result = run(nginx.toString(), "-t", "-p", p, "-c", p + "/nginx.conf");

        assertThat(result.output()).contains("syntax is ok", "test is successful");
        assertThat(result.exit()).isZero();
    }

    @Test
    void systemdAcceptsTheUnit() throws Exception {
        requireTool(Path.of("/usr/bin/systemd-analyze"), "systemd-analyze");
        Result result = run("systemd-analyze", "verify", DEPLOY.resolve("systemd/wealthai-crm.service").toString());
        assertThat(result.output()).isEmpty();
        assertThat(result.exit()).isZero();
    }

    private static void requireTool(Path tool, String what) {
        if (!Files.isExecutable(tool)) {
            if ("true".equals(System.getenv("CI")) && tool.toString().contains("nginx")) {
                throw new IllegalStateException(what + " is needed in CI");
            }
            Assumptions.abort("skipped: " + what + " not available here");
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Result(process.waitFor(), output.strip());
    }
}
