package com.wealthai.crm.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The language of the current caller outside a Faces render: the one they chose for their session,
 * else the request's {@code Accept-Language} (API clients), else Japanese.
 */
@ApplicationScoped
public class LocaleResolver {

    /** Session attribute holding the user's chosen locale. */
    public static final String SESSION_LOCALE = "crm.locale";

    @Inject
    HttpServletRequest request;

    @Inject
    BeanManager beanManager;

    public Locale current() {
        if (!RequestContexts.active(beanManager)) {
            return MessageBundles.JAPANESE;
        }
        try {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_LOCALE) instanceof Locale chosen) {
                return chosen;
            }
            String header = request.getHeader("Accept-Language");
            if (header != null && !header.isBlank()) {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String language = range.getRange().split("-")[0];
                    if (language.equals("en") || language.equals("ja")) {
                        return MessageBundles.supported(Locale.forLanguageTag(language));
                    }
                }
            }
        } catch (RuntimeException noServletRequest) {
            // Not an HTTP request (a timer, a startup task).
        }
        return MessageBundles.JAPANESE;
    }
}
