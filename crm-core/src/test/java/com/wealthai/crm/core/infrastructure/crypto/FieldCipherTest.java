package com.wealthai.crm.core.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static SecretKey key() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return new SecretKeySpec(raw, "AES");
    }

    @Test
    void aValueComesBackAsItWentIn() {
        FieldCipher cipher = new FieldCipher(new DataKeyRing("k1", Map.of("k1", key())));

        String stored = cipher.encrypt("東京都千代田区丸の内1-1-1");

        assertThat(stored).startsWith("v1:k1:").doesNotContain("東京");
        assertThat(cipher.decrypt(stored)).isEqualTo("東京都千代田区丸の内1-1-1");
    }

    @Test
    void aBlindIndexMatchesEqualValuesOnlyAndDependsOnTheKey() {
        FieldCipher cipher = new FieldCipher(new DataKeyRing("k1", Map.of("k1", key())));
        FieldCipher otherKey = new FieldCipher(new DataKeyRing("k1", Map.of("k1", key())));

        assertThat(cipher.blindIndex("09012345678")).isEqualTo(cipher.blindIndex("09012345678"))
                .isNotEqualTo(cipher.blindIndex("09012345679"))
                .isNotEqualTo(otherKey.blindIndex("09012345678"))
                .doesNotContain("0901234");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher(new DataKeyRing("k1", Map.of("k1", key())));

        assertThat(cipher.encrypt("090-1234-5678")).isNotEqualTo(cipher.encrypt("090-1234-5678"));
    }

    @Test
    void valuesWrittenUnderAnOldKeyStayReadableAfterRotation() {
        SecretKey old = key();
        String written = new FieldCipher(new DataKeyRing("k1", Map.of("k1", old))).encrypt("taro@example.jp");

        FieldCipher rotated = new FieldCipher(new DataKeyRing("k2", Map.of("k1", old, "k2", key())));

        assertThat(rotated.decrypt(written)).isEqualTo("taro@example.jp");
        assertThat(rotated.needsReEncryption(written)).isTrue();
        assertThat(rotated.encrypt("taro@example.jp")).startsWith("v1:k2:");
    }

    @Test
    void aTamperedValueFailsInsteadOfReadingAsSomethingElse() {
        FieldCipher cipher = new FieldCipher(new DataKeyRing("k1", Map.of("k1", key())));
        String stored = cipher.encrypt("1000000");
        // A character well inside the Base64 text: all six of its bits count (the last one before the
        // padding has spare bits, and changing only those would change nothing).
        int at = stored.length() - 10;
        char was = stored.charAt(at);
        String tampered = stored.substring(0, at) + (was == 'A' ? 'B' : 'A') + stored.substring(at + 1);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class).hasMessageContaining("tampered");
    }

    @Test
    void anUnknownKeyIdSaysWhichKeyIsMissing() {
        String stored = new FieldCipher(new DataKeyRing("old", Map.of("old", key()))).encrypt("x");
        FieldCipher withoutIt = new FieldCipher(new DataKeyRing("new", Map.of("new", key())));

        assertThatThrownBy(() -> withoutIt.decrypt(stored)).hasMessageContaining("'old'").hasMessageContaining("CRM_DATA_OLD_KEYS");
    }

    @Test
    void nullStaysNull() {
        FieldCipher cipher = new FieldCipher(new DataKeyRing("k1", Map.of("k1", key())));

        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }
}
