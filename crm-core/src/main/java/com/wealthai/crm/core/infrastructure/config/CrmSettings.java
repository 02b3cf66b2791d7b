package com.wealthai.crm.core.infrastructure.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The application's settings, read from system properties and environment variables.
 *
 * <p>Operations configure the app with environment variables (systemd's {@code EnvironmentFile}),
 * with the names of the original system's {@code .env} ({@code DB_HOST}, {@code DB_PORT}, …) and
 * {@code CRM_*} for the rest. A system property of the same name, or of the dotted lower-case form
 * ({@code crm.data.dir} for {@code CRM_DATA_DIR}), wins, which is what the dev launcher and the
 * tests use. This class is plain Java on purpose: the data source reads it before CDI is up.
 */
public final class CrmSettings {

    /** Everything the README's configuration table lists. */
    public enum Key {
        DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD,
        PRODUCT_MASTER_URL, PRODUCT_MASTER_TOKEN,
        DEBUG,
        CRM_DATA_DIR, CRM_DEMO_DATA, CRM_URL,
        CRM_DATA_KEY, CRM_DATA_KEY_ID, CRM_DATA_OLD_KEYS,
        CRM_ADMIN_PASSWORD,
        CRM_DB_POOL_MAX,
        CRM_FIGURES_BACKGROUND_MS
    }

    private CrmSettings() {
    }

    /** The value of a setting, from a system property or the environment, if set and not blank. */
    public static Optional<String> get(Key key) {
        String name = key.name();
        String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
        for (String candidate : new String[] {System.getProperty(name), System.getProperty(dotted), System.getenv(name)}) {
            if (candidate != null && !candidate.isBlank()) {
                return Optional.of(candidate.trim());
            }
        }
        return Optional.empty();
    }

    public static String get(Key key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public static int getInt(Key key, int defaultValue) {
        return get(key).map(Integer::parseInt).orElse(defaultValue);
    }

    public static boolean getBoolean(Key key, boolean defaultValue) {
        return get(key).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(defaultValue);
    }

    /** True when no external database is configured: the app runs its own embedded PostgreSQL. */
    public static boolean embeddedDatabase() {
        return get(Key.DB_HOST).isEmpty();
    }

    /**
     * Demo data loads by default with the embedded database only; with an external database it
     * loads only when {@code CRM_DEMO_DATA=true} is set explicitly (never in production).
     */
    public static boolean demoMode() {
        return getBoolean(Key.CRM_DEMO_DATA, embeddedDatabase());
    }

    /** Folder of local state: the embedded database and its generated data key. */
    public static Path dataDir() {
        return Path.of(get(Key.CRM_DATA_DIR, ".crm-data")).toAbsolutePath().normalize();
    }
}
