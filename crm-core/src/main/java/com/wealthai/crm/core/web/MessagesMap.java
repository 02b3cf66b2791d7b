package com.wealthai.crm.core.web;

import com.wealthai.crm.core.application.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code #{msg['customers.list.title']}} in any view: the merged messages of all modules in the
 * language of the current view. A missing key renders as {@code ???key???}.
 */
@Named("msg")
@RequestScoped
public class MessagesMap extends AbstractMap<String, String> {

    @Inject
    MessageBundles bundles;

    private Map<String, String> dictionary;

    @Override
    public String get(Object key) {
        String text = dictionary().get(key);
        return text != null ? text : "???" + key + "???";
    }

    @Override
    public boolean containsKey(Object key) {
        return dictionary().containsKey(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return dictionary().entrySet();
    }

    /** Formats a message with arguments: {@code #{msg.format('core.x', arg)}}. */
    public String format(String key, Object... args) {
        return bundles.get(key, args);
    }

    private Map<String, String> dictionary() {
        if (dictionary == null) {
            dictionary = bundles.dictionary(bundles.locale());
        }
        return dictionary;
    }
}
