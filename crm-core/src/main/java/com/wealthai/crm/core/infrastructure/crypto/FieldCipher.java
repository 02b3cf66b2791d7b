package com.wealthai.crm.core.infrastructure.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a personal field with AES-256-GCM under the current key. The stored text is
 * {@code v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>}: the key id lets keys rotate, GCM's tag
 * makes a tampered value fail to decrypt rather than read as something else.
 */
public final class FieldCipher {

    private static final String PREFIX = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKeyRing keys;

    public FieldCipher(DataKeyRing keys) {
        this.keys = keys;
    }

    /**
     * A keyed digest (HMAC-SHA256, hex) of a value, so that an encrypted field can still be looked up
     * by equality (duplicate checks) without storing it in clear or as a plain, guessable hash. The
     * HMAC key is derived from the current data key: after a key rotation, values saved before keep
     * the old digest until they are saved again.
     */
    public String blindIndex(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(keys.current());
            byte[] indexKey = derive.doFinal("wealthai-crm blind index".getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(indexKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.current(), nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return PREFIX + ":" + keys.currentId() + ":" + Base64.getEncoder().encodeToString(stored);
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalStateException("Not an encrypted value (expected v1:<key id>:<data>)");
        }
        SecretKey key = keys.byId(parts[1]).orElseThrow(() -> new IllegalStateException(
                "No data key with id '" + parts[1] + "': add it to CRM_DATA_OLD_KEYS"));
        byte[] raw = Base64.getDecoder().decode(parts[2]);
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return new String(run(Cipher.DECRYPT_MODE, key, nonce, sealed), StandardCharsets.UTF_8);
    }

    /** True when the value was written under an older key and should be rewritten. */
    public boolean needsReEncryption(String stored) {
        return stored != null && !stored.startsWith(PREFIX + ":" + keys.currentId() + ":");
    }

    private static byte[] run(int mode, SecretKey key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypted field could not be " + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted")
                    + " (wrong key or tampered value)", e);
        }
    }
}
