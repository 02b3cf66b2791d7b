package com.wealthai.crm.core.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataKeyRingTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void clearSettings() {
        for (String name : new String[] {"CRM_DATA_KEY", "CRM_DATA_KEY_ID", "CRM_DATA_OLD_KEYS", "DB_HOST", "CRM_DATA_DIR"}) {
            System.clearProperty(name);
        }
    }

    @Test
    void aConfiguredKeyIsTheCurrentOneUnderItsId() {
        System.setProperty("CRM_DATA_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        System.setProperty("CRM_DATA_KEY_ID", "2026a");

        DataKeyRing ring = DataKeyRing.fromSettings();

        assertThat(ring.currentId()).isEqualTo("2026a");
    }

    @Test
    void oldKeysAreKeptForReading() {
        System.setProperty("CRM_DATA_KEY", Base64.getEncoder().encodeToString(new byte[32]));
        System.setProperty("CRM_DATA_KEY_ID", "k2");
        System.setProperty("CRM_DATA_OLD_KEYS", "k1:" + Base64.getEncoder().encodeToString(new byte[32]));

        assertThat(DataKeyRing.fromSettings().byId("k1")).isPresent();
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedWithAnActionableMessage() {
        System.setProperty("CRM_DATA_KEY", Base64.getEncoder().encodeToString(new byte[16]));

        assertThatThrownBy(DataKeyRing::fromSettings).hasMessageContaining("32 bytes");
    }

    @Test
    void withAnExternalDatabaseAMissingKeyStopsTheApp() {
        System.setProperty("DB_HOST", "db.example");

        assertThatThrownBy(DataKeyRing::fromSettings).hasMessageContaining("CRM_DATA_KEY is not set");
    }

    @Test
    void withTheEmbeddedDatabaseAKeyIsGeneratedOnceAndKeptPrivate() throws Exception {
        System.setProperty("CRM_DATA_DIR", dataDir.toString());

        DataKeyRing first = DataKeyRing.fromSettings();
        DataKeyRing second = DataKeyRing.fromSettings();

        Path file = dataDir.resolve("data-key.properties");
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(second.current().getEncoded()).isEqualTo(first.current().getEncoded());
    }
}
