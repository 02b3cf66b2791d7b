package com.wealthai.crm.core.infrastructure.crypto;

/**
 * The process-wide {@link FieldCipher}, built from the settings on first use. JPA converters are
 * created by the persistence provider, not by CDI, so they reach the cipher through here.
 */
public final class FieldEncryption {

    private static volatile FieldCipher cipher;

    private FieldEncryption() {
    }

    public static FieldCipher cipher() {
        FieldCipher local = cipher;
        if (local == null) {
            synchronized (FieldEncryption.class) {
                local = cipher;
                if (local == null) {
                    local = new FieldCipher(DataKeyRing.fromSettings());
                    cipher = local;
                }
            }
        }
        return local;
    }

    /** Forgets the cipher, so that the next use reads the settings again (tests, undeploy). */
    public static synchronized void reset() {
        cipher = null;
    }
}
