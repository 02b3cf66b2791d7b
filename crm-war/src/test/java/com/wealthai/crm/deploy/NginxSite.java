package com.wealthai.crm.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx serving the operator's real site from deploy/nginx/, in a private prefix (a folder
 * under target/) so it needs neither root nor /etc. Only what a test cannot keep is rewritten: the
 * snippet's path, the listen address (a free loopback port instead of 80) and the upstream's port
 * (the app under test instead of 8080). Everything else, the locations, headers, gzip and caching,
 * is the file an operator installs.
 *
 * <pre>
 * try (NginxSite nginx = NginxSite.in(dir).upstreamPort(8181).start()) {
 *     URI crm = nginx.crm(); // http://127.0.0.1:PORT/crm/
 * }
 * </pre>
 */
public final class NginxSite implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path DEPLOY = Path.of("..", "deploy");

    private final Path prefix;
    private final int port;
    private int upstreamPort = 8080;
    private int tlsPort;
    private Process process;

    private NginxSite(Path prefix, int port) {
        this.prefix = prefix;
        this.port = port;
    }

    /**
     * A site in {@code prefix} on a free loopback port. Without nginx the calling test is skipped,
     * except in CI ({@code CI=true}), where that is a broken build machine.
     */
    public static NginxSite in(Path prefix) {
        if (!Files.isExecutable(NGINX)) {
            String why = "nginx is needed (apt-get install nginx)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why + ": it must run in CI");
            }
            Assumptions.abort("skipped: " + why);
        }
        return new NginxSite(prefix.toAbsolutePath(), freePort());
    }

    /** The port of the app behind the proxy (the upstream's single server). */
    public NginxSite upstreamPort(int appPort) {
        this.upstreamPort = appPort;
        return this;
    }

    /**
     * Also serves the site's TLS example block (uncommented, as an operator would) on a second
     * loopback port, with a throwaway self-signed certificate for 127.0.0.1 made by openssl.
     */
    public NginxSite withTls() {
        this.tlsPort = freePort();
        return this;
    }

    public int port() {
        return port;
    }

    /** The app's address over TLS (after {@link #withTls()}). */
    public URI crmTls() {
        return URI.create("https://127.0.0.1:" + tlsPort + "/crm/");
    }

    /** The self-signed certificate of the TLS server, for a client to trust. */
    public Path certificate() {
        return prefix.resolve("tls/cert.pem");
    }

    /** The app's address as a browser sees it through the proxy. */
    public URI crm() {
        return URI.create("http://127.0.0.1:" + port + "/crm/");
    }

    /** Writes nginx.conf, the site and the snippet into the prefix; returns the main config file. */
    public Path writeConfig() throws IOException {
        Path snippets = Files.createDirectories(prefix.resolve("snippets"));
        Files.createDirectories(prefix.resolve("logs"));
        Files.copy(DEPLOY.resolve("nginx/wealthai-crm-locations.conf"), snippets.resolve("wealthai-crm-locations.conf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String site = Files.readString(DEPLOY.resolve("nginx/wealthai-crm.conf"));
        String rewritten = site.replace("/etc/nginx/snippets", snippets.toString())
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("server 127.0.0.1:8080", "server 127.0.0.1:" + upstreamPort);
        if (rewritten.equals(site) || !rewritten.contains("127.0.0.1:" + upstreamPort)) {
            throw new IllegalStateException("deploy/nginx/wealthai-crm.conf changed shape: update NginxSite's rewriting");
        }
        if (tlsPort != 0) {
            rewritten = rewritten + "\n" + tlsServer(rewritten);
        }
        Files.writeString(prefix.resolve("site.conf"), rewritten);
        String p = prefix.toString();
        // Foreground and single-process: the test owns the process and stops it; no switch to another user.
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, "daemon off;\nmaster_process off;\npid " + p + "/nginx.pid;\nerror_log " + p + "/logs/error.log;\n"
                + "events { worker_connections 256; }\n"
                + "http {\n  access_log " + p + "/logs/access.log;\n  client_body_temp_path " + p + "/cb;\n  proxy_temp_path " + p
                + "/px;\n  fastcgi_temp_path " + p + "/fc;\n  uwsgi_temp_path " + p + "/uw;\n  scgi_temp_path " + p + "/sc;\n"
                + "  include " + p + "/site.conf;\n}\n");
        return conf;
    }

    /** The commented TLS example of the site, uncommented, on the TLS port with a fresh certificate. */
    private String tlsServer(String site) throws IOException {
        int start = site.indexOf("\n# server {");
        int end = site.indexOf("\n# }", start);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("deploy/nginx/wealthai-crm.conf has no commented TLS example server block");
        }
        String block = site.substring(start + 1, end + 4).replaceAll("(?m)^# ?", "");
        Path tls = Files.createDirectories(prefix.resolve("tls"));
        if (!Files.exists(certificate())) {
            run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", tls.resolve("key.pem").toString(), "-out", certificate().toString());
        }
        return block.replaceFirst("listen 443 ssl", "listen 127.0.0.1:" + tlsPort + " ssl")
                .replaceFirst("ssl_certificate +\\S+;", "ssl_certificate " + certificate() + ";")
                .replaceFirst("ssl_certificate_key +\\S+;", "ssl_certificate_key " + tls.resolve("key.pem") + ";");
    }

    private static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code nginx -t} on the written configuration: exit code and output. */
    public Result check() throws IOException, InterruptedException {
        Path conf = writeConfig();
        Process check = new ProcessBuilder(NGINX.toString(), "-t", "-e", prefix + "/logs/error.log", "-p", prefix.toString(), "-c", conf.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        return new Result(check.waitFor(), output.strip());
    }

    /** Starts nginx in the foreground and waits until it accepts connections. */
    public NginxSite start() {
        try {
            Path conf = writeConfig();
            process = new ProcessBuilder(NGINX.toString(), "-e", prefix + "/logs/error.log", "-p", prefix.toString(), "-c", conf.toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx stopped at start: " + errorLog());
                }
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return this;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            throw new IllegalStateException("nginx did not listen on " + port + ": " + errorLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String errorLog() {
        try {
            Path log = prefix.resolve("logs/error.log");
            return Files.exists(log) ? Files.readString(log) : "(no error log)";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Stops nginx (SIGTERM: a fast shutdown) and waits for it. */
    @Override
    public void close() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a command said. */
    public record Result(int exit, String output) {
    }
}
