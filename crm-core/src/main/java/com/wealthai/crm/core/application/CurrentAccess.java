package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.AccessScopes;
import com.wealthai.crm.core.domain.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The caller's {@link AccessScope}, read from their account once per request. Reading it from the
 * account (not from the session) means a role or branch change applies on the next request.
 */
@RequestScoped
public class CurrentAccess implements AccessScopes {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccounts accounts;

    private AccessScope scope;

    @Override
    public AccessScope current() {
        if (scope == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                throw new IllegalStateException("No authenticated caller");
            }
            UserAccount account = accounts.byLogin(caller.getName())
                    .orElseThrow(() -> new IllegalStateException("No account for " + caller.getName()));
            scope = new AccessScope(account.getId(), account.getLogin(), account.getRoles(),
                    account.getSalesRepId(), account.getBranch());
        }
        return scope;
    }
}
