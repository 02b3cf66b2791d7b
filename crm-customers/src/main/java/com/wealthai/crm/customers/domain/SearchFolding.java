package com.wealthai.crm.customers.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Japanese text so that the ways reps type a name all match: full-width and half-width forms
 * (NFKC turns ｶﾅ into カナ and ＡＢＣ into ABC), katakana and hiragana (katakana become hiragana), upper
 * and lower case, and spaces (ideographic or not) are ignored. The same folding is applied to the
 * stored search text and to what is typed into the search box.
 */
public final class SearchFolding {

    private static final char KATAKANA_FIRST = 'ァ';
    private static final char KATAKANA_LAST = 'ヶ';
    private static final int KATAKANA_TO_HIRAGANA = 'ァ' - 'ぁ';

    private SearchFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            folded.append(c >= KATAKANA_FIRST && c <= KATAKANA_LAST ? (char) (c - KATAKANA_TO_HIRAGANA) : c);
        }
        return folded.toString();
    }

    /** Digits of a phone number, so that 090-1234-5678 and 09012345678 are the same number. */
    public static String phoneDigits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : digits;
    }

    /**
     * The digits of a search text that is a whole phone number (10 or more digits, written with
     * hyphens, spaces or brackets at most), or null when the text is anything else.
     */
    public static String asPhoneNumber(String text) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).trim();
        if (!normalized.matches("[0-9()\\-\\s+]+")) {
            return null;
        }
        String digits = phoneDigits(normalized);
        return digits != null && digits.length() >= 10 ? digits : null;
    }
}
