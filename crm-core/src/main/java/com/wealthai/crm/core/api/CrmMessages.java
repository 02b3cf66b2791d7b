package com.wealthai.crm.core.api;

import java.util.Locale;

/**
 * User-facing text from the message bundles of every discovered module, in the caller's language.
 * Keys are prefixed with the module id ({@code customers.list.title}); a missing key comes back as
 * {@code ???key???} so it is seen, not silently blank.
 */
public interface CrmMessages {

    /** The text for the current caller's locale, formatted with {@link java.text.MessageFormat}. */
    String get(String key, Object... args);

    /** The text for the given locale. */
    String get(Locale locale, String key, Object... args);

    /** The current caller's locale (Japanese unless they chose English). */
    Locale locale();
}
