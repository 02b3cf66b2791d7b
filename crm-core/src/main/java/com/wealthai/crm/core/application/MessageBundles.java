package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.CrmModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All modules' message bundles merged into one dictionary per language. Each module keeps its own
 * {@code messages_ja.properties} / {@code messages_en.properties} next to its descriptor and prefixes
 * its keys with its id; the shell, pages and API all read through here.
 */
@ApplicationScoped
public class MessageBundles implements CrmMessages {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

    @Inject
    ModuleRegistry registry;

    @Inject
    LocaleResolver localeResolver;

    private final Map<Locale, Map<String, String>> merged = new ConcurrentHashMap<>();

    @Override
    public String get(String key, Object... args) {
        return get(locale(), key, args);
    }

    @Override
    public String get(Locale locale, String key, Object... args) {
        String pattern = dictionary(locale).get(key);
        if (pattern == null) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null && faces.getViewRoot().getLocale() != null) {
            return supported(faces.getViewRoot().getLocale());
        }
        return localeResolver.current();
    }

    /** Whether a key exists (used by the validation message interpolator). */
    public boolean has(Locale locale, String key) {
        return dictionary(locale).containsKey(key);
    }

    /** The whole dictionary of a language; read-only. */
    public Map<String, String> dictionary(Locale locale) {
        return merged.computeIfAbsent(supported(locale), this::load);
    }

    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : JAPANESE;
    }

    private Map<String, String> load(Locale locale) {
        Map<String, String> all = new HashMap<>();
        for (CrmModule module : registry.all()) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(module.messagesBaseName(), locale,
                        module.getClass().getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : Collections.list(bundle.getKeys())) {
                    all.put(key, bundle.getString(key));
                }
            } catch (MissingResourceException noBundle) {
                // A module without text of its own; its keys will show as ???key???.
            }
        }
        return Map.copyOf(all);
    }
}
