package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.CrmMessages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The module's own message bundles, read as the core would read them. */
class BundleMessages implements CrmMessages {

    @Override
    public String get(String key, Object... args) {
        return get(locale(), key, args);
    }

    @Override
    public String get(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle("com.wealthai.crm.notes.messages", locale).getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public Locale locale() {
        return Locale.JAPANESE;
    }
}
