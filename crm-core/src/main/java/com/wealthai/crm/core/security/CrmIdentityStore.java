package com.wealthai.crm.core.security;

import com.wealthai.crm.core.application.ApiTokens;
import com.wealthai.crm.core.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users of the CRM's own table, checked by password (with lockout, see {@link LoginGuard}) or by
 * API token. The groups it returns are the role names, mapped one to one to roles in
 * {@code payara-web.xml}.
 */
@ApplicationScoped
public class CrmIdentityStore implements IdentityStore {

    @Inject
    LoginGuard guard;

    @Inject
    ApiTokens tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof BearerTokenCredential bearer) {
            return tokens.authenticate(bearer.token()).map(CrmIdentityStore::valid)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (credential instanceof UsernamePasswordCredential password) {
            LoginGuard.Channel channel = credential instanceof ApiPasswordCredential ? LoginGuard.Channel.API : LoginGuard.Channel.PAGE;
            LoginGuard.Verdict verdict = guard.check(password.getCaller(), password.getPassword().getValue(), channel);
            return verdict.succeeded() ? valid(verdict.account()) : CredentialValidationResult.INVALID_RESULT;
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private static CredentialValidationResult valid(UserAccount account) {
        Set<String> groups = account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(account.getLogin(), groups);
    }
}
