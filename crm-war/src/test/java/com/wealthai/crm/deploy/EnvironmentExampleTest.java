package com.wealthai.crm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every variable the modules read is in deploy/crm.env.example and in the README's configuration
 * table, so an operator never meets a setting that only the source mentions. The names are taken from the main sources of
 * every crm-* module: the core's settings keys in use, MicroProfile {@code @ConfigProperty} names and
 * the names passed to the modules' own setting readers.
 */
class EnvironmentExampleTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern READ = Pattern.compile(
            "(?:Key\\.|ConfigProperty\\(name\\s*=\\s*\"|setting\\(\"|getenv\\(\"|text\\(config,\\s*\"|getOptionalValue\\(\")([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)");

    @Test
    void theExampleEnvironmentAndTheReadmeNameEveryVariableTheAppReads() throws IOException {
        Set<String> read = variablesReadByTheModules();
        assertThat(read).contains("DB_HOST", "CRM_DATA_KEY", "PRODUCT_MASTER_TIMEOUT_SECONDS", "CRM_SMTP_HOST", "CRM_DIGEST_ENABLED",
                "BEDROCK_MODEL_ID", "AI_DAILY_TOKEN_BUDGET");

        String example = Files.readString(PROJECT.resolve("deploy/crm.env.example"));
        String readme = configurationSection(Files.readString(PROJECT.resolve("README.md")));
        for (String variable : read) {
            Pattern line = Pattern.compile("(?m)^#?" + variable + "=");
            assertThat(line.matcher(example).find()).as(variable + " in deploy/crm.env.example").isTrue();
            assertThat(readme.contains("`" + variable + "`")).as(variable + " in README.md, Configuration").isTrue();
        }
    }

    private static String configurationSection(String readme) {
        int start = readme.indexOf("\n## Configuration");
        assertThat(start).as("README.md has a Configuration section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static Set<String> variablesReadByTheModules() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> modules = Files.list(PROJECT)) {
            for (Path module : modules.filter(m -> m.getFileName().toString().startsWith("crm-")).toList()) {
                Path sources = module.resolve("src/main/java");
                if (!Files.isDirectory(sources) || module.getFileName().toString().equals("crm-bench")) {
                    continue; // crm-bench is a tool run by hand, not part of the deployed app
                }
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(f, names));
                }
            }
        }
        return names;
    }

    private static void collect(Path file, Set<String> names) {
        try {
            Matcher matcher = READ.matcher(Files.readString(file));
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
