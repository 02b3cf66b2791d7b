package com.wealthai.crm.core.web;

import com.wealthai.crm.core.application.LocaleResolver;
import com.wealthai.crm.core.application.MessageBundles;
import com.wealthai.crm.core.application.UserPreferences;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The logged-in user's language for this session: Japanese unless they chose English, which is then
 * remembered on their account for the next login.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient UserPreferences preferences;

    @Inject
    transient HttpServletRequest request;

    private Locale locale;
    private String displayName;

    public Locale getLocale() {
        if (locale == null) {
            Principal caller = securityContext.getCallerPrincipal();
            locale = caller == null ? MessageBundles.JAPANESE : preferences.localeOf(caller.getName());
            request.getSession().setAttribute(LocaleResolver.SESSION_LOCALE, locale);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public String getDisplayName() {
        if (displayName == null) {
            Principal caller = securityContext.getCallerPrincipal();
            displayName = caller == null ? "" : preferences.displayNameOf(caller.getName());
        }
        return displayName;
    }

    /** Forgets what was read for the anonymous visitor, once they have logged in. */
    public void forgetUser() {
        locale = null;
        displayName = null;
    }

    /** Switches the language and reloads the page (a fresh GET) so every label follows. */
    public void switchTo(String language) throws java.io.IOException {
        locale = MessageBundles.supported(Locale.forLanguageTag(language));
        request.getSession().setAttribute(LocaleResolver.SESSION_LOCALE, locale);
        Principal caller = securityContext.getCallerPrincipal();
        if (caller != null) {
            preferences.rememberLocale(caller.getName(), locale);
        }
        String query = Faces.getRequestQueryString();
        Faces.redirect(Faces.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
