package com.wealthai.crm.core.application;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets Bean Validation messages come from the modules' own bundles: a constraint written
 * {@code @NotBlank(message = "{customers.name.required}")} shows the text of that key in the user's
 * language. Parameters such as {@code {max}} are then filled in by the provider's own interpolator.
 * Registered in crm-war's {@code META-INF/validation.xml}.
 */
public class CrmMessageInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([a-z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]+)}");

    private final MessageInterpolator provider = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, bundles().locale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        MessageBundles bundles = bundles();
        Locale supported = MessageBundles.supported(locale);
        Matcher keys = KEY.matcher(template);
        StringBuilder resolved = new StringBuilder();
        while (keys.find()) {
            String key = keys.group(1);
            String text = bundles.has(supported, key) ? bundles.dictionary(supported).get(key) : keys.group();
            keys.appendReplacement(resolved, Matcher.quoteReplacement(text));
        }
        keys.appendTail(resolved);
        return provider.interpolate(resolved.toString(), context, supported);
    }

    private static MessageBundles bundles() {
        return CDI.current().select(MessageBundles.class).get();
    }
}
