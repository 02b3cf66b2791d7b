package com.wealthai.crm.core.application;

import com.wealthai.crm.core.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;

/** What a user chose for themselves: their language. */
@ApplicationScoped
public class UserPreferences {

    @Inject
    UserAccounts accounts;

    public Locale localeOf(String login) {
        return accounts.byLogin(login).map(u -> MessageBundles.supported(Locale.forLanguageTag(u.getLocale())))
                .orElse(MessageBundles.JAPANESE);
    }

    public String displayNameOf(String login) {
        return accounts.byLogin(login).map(UserAccount::getDisplayName).orElse(login);
    }

    @Transactional
    public void rememberLocale(String login, Locale locale) {
        accounts.byLogin(login).ifPresent(u -> u.setLocale(locale.getLanguage()));
    }
}
