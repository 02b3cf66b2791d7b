package com.wealthai.crm.notes.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which notes are searched: NFKC (full-width Latin letters and digits become half-width,
 * half-width katakana become full-width) and lower case, so that ＡＢＣ, abc and ABC, or ｶﾌﾞ and カブ,
 * find each other. The stored text and the query are normalised the same way.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /** What a note is found by: its title and the plain text of its content. */
    public static String of(String title, String contentHtml) {
        return normalise(title + "\n" + RichText.plainText(contentHtml));
    }

    /** A LIKE pattern matching the query anywhere, with LIKE's own wildcards escaped. */
    public static String containsPattern(String query) {
        String escaped = normalise(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
