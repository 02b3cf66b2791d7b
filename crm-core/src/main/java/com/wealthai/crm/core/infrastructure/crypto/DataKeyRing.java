package com.wealthai.crm.core.infrastructure.crypto;

import com.wealthai.crm.core.infrastructure.config.CrmSettings;
import com.wealthai.crm.core.infrastructure.config.CrmSettings.Key;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data-encryption keys, by id: the current one encrypts, every one decrypts.
 *
 * <p>Rotation: configure a new key as {@code CRM_DATA_KEY} with a new {@code CRM_DATA_KEY_ID} and move
 * the old one to {@code CRM_DATA_OLD_KEYS} ({@code id:base64,…}); values written before keep their
 * key id and stay readable. With the embedded database and no key configured, a key is generated
 * once into {@code <data dir>/data-key.properties} (owner-only), so a dev setup needs nothing.
 */
public final class DataKeyRing {

    private static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    DataKeyRing(String currentId, Map<String, SecretKey> keys) {
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("no key with the current id " + currentId);
        }
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    public String currentId() {
        return currentId;
    }

    public SecretKey current() {
        return keys.get(currentId);
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** The ring as configured; fails with a message an operator can act on when no key is set. */
    public static DataKeyRing fromSettings() {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        CrmSettings.get(Key.CRM_DATA_OLD_KEYS).ifPresent(old -> {
            for (String entry : old.split(",")) {
                String[] idAndKey = entry.trim().split(":", 2);
                if (idAndKey.length != 2) {
                    throw new IllegalStateException("CRM_DATA_OLD_KEYS must be id:base64key,… (got an entry without ':')");
                }
                keys.put(idAndKey[0], decode(idAndKey[1], "CRM_DATA_OLD_KEYS"));
            }
        });
        Optional<String> configured = CrmSettings.get(Key.CRM_DATA_KEY);
        String currentId = CrmSettings.get(Key.CRM_DATA_KEY_ID, "k1");
        if (configured.isPresent()) {
            keys.put(currentId, decode(configured.get(), "CRM_DATA_KEY"));
            return new DataKeyRing(currentId, keys);
        }
        if (!CrmSettings.embeddedDatabase()) {
            throw new IllegalStateException("CRM_DATA_KEY is not set: personal data cannot be encrypted. "
                    + "Generate one with `openssl rand -base64 32` and put it in the environment file.");
        }
        String generated = localDevelopmentKey(CrmSettings.dataDir().resolve("data-key.properties"));
        keys.put("local", decode(generated, "data-key.properties"));
        return new DataKeyRing("local", keys);
    }

    private static SecretKey decode(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64", e);
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException(source + " must be 32 bytes (256 bits) in base64, got " + raw.length + " bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static synchronized String localDevelopmentKey(Path file) {
        try {
            Properties properties = new Properties();
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    properties.load(in);
                }
                return properties.getProperty("key");
            }
            byte[] raw = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(raw);
            String key = Base64.getEncoder().encodeToString(raw);
            properties.setProperty("key", key);
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(file)) {
                properties.store(out, "Data-encryption key of this local (embedded) installation. Losing it loses the personal data.");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file system's own ACLs apply.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create " + file, e);
        }
    }
}
