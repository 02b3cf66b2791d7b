package com.wealthai.crm.core.security;

import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.application.AuditService;
import com.wealthai.crm.core.application.PasswordHashing;
import com.wealthai.crm.core.application.UserAccounts;
import com.wealthai.crm.core.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a login and password, counting failures: five wrong passwords in a row lock the account for
 * fifteen minutes ({@link UserAccount#MAX_FAILED_LOGINS}). Every failed attempt and every page login
 * goes to the audit trail; API calls with Basic credentials are audited only when they fail, so that
 * the trail is not flooded by a client's every request.
 */
@ApplicationScoped
public class LoginGuard {

    private static final Logger LOG = Logger.getLogger(LoginGuard.class.getName());

    /** Where the credentials came from: the login page, or an API request. */
    public enum Channel { PAGE, API }

    public enum Outcome { SUCCESS, WRONG_CREDENTIALS, LOCKED, DISABLED }

    /** The result of one attempt, with the account when the login name was known. */
    public record Verdict(Outcome outcome, UserAccount account) {
        public boolean succeeded() {
            return outcome == Outcome.SUCCESS;
        }
    }

    /** A hash of a random password, verified against when the login is unknown so timing gives nothing away. */
    private volatile String decoyHash;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    @Transactional
    public Verdict check(String login, char[] password, Channel channel) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String normalized = login == null ? "" : login.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<UserAccount> found = normalized.isEmpty() ? Optional.empty() : accounts.byLogin(normalized);
        if (found.isEmpty()) {
            passwords.verify(password, decoy());
            failed(normalized, "unknown login", channel);
            return new Verdict(Outcome.WRONG_CREDENTIALS, null);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            failed(normalized, "account locked", channel);
            return new Verdict(Outcome.LOCKED, account);
        }
        if (!account.isEnabled()) {
            failed(normalized, "account disabled", channel);
            return new Verdict(Outcome.DISABLED, account);
        }
        if (!passwords.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.recordFailedLogin(now);
            failed(normalized, "wrong password", channel);
            if (lockedNow) {
                audit.recordAs(normalized, AuditAction.ACCOUNT_LOCKED, "core", "user", account.getId(),
                        "locked for " + UserAccount.LOCKOUT.toMinutes() + " minutes after " + UserAccount.MAX_FAILED_LOGINS + " failed logins");
                LOG.warning(() -> "Account " + account.getId() + " locked after repeated failed logins");
                return new Verdict(Outcome.LOCKED, account);
            }
            return new Verdict(Outcome.WRONG_CREDENTIALS, account);
        }
        if (account.getFailedLogins() > 0 || channel == Channel.PAGE) {
            account.recordSuccessfulLogin(now);
        }
        if (PasswordHashing.isOutdated(account.getPasswordHash())) {
            // the one moment the password is at hand: a hash from a weaker setting is made again now
            account.changePasswordHash(passwords.hash(password), now);
        }
        if (channel == Channel.PAGE) {
            audit.recordAs(normalized, AuditAction.LOGIN, "core", "user", account.getId(), null);
        }
        return new Verdict(Outcome.SUCCESS, account);
    }

    /** Whether the login names an account that is locked right now (for the login page's message). */
    public Optional<OffsetDateTime> lockedUntil(String login) {
        if (login == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return accounts.byLogin(login.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(a -> a.isLocked(now))
                .map(UserAccount::getLockedUntil);
    }

    private void failed(String login, String reason, Channel channel) {
        String actor = login.isEmpty() ? "(blank)" : login.length() > 60 ? login.substring(0, 60) : login;
        audit.recordAs(actor, AuditAction.LOGIN_FAILED, "core", "user", null, reason + " (" + channel.name().toLowerCase(java.util.Locale.ROOT) + ")");
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = passwords.hash(java.util.UUID.randomUUID().toString().toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
