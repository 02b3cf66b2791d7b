package com.wealthai.crm.core.api;

import com.wealthai.crm.core.infrastructure.crypto.FieldEncryption;

/**
 * Equality lookups on encrypted fields: store {@code BlindIndex.of(normalised value)} in a column next
 * to the encrypted one and search on that column. Normalise first (digits only for a phone, say), so
 * that equal values written differently match.
 */
public final class BlindIndex {

    private BlindIndex() {
    }

    /** The keyed digest of the value, or null for null. */
    public static String of(String normalisedValue) {
        return FieldEncryption.cipher().blindIndex(normalisedValue);
    }
}
