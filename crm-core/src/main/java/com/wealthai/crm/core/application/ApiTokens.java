package com.wealthai.crm.core.application;

import com.wealthai.crm.core.api.AuditAction;
import com.wealthai.crm.core.api.AuditTrail;
import com.wealthai.crm.core.api.InvalidInputException;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.RecordNotFoundException;
import com.wealthai.crm.core.domain.ApiToken;
import com.wealthai.crm.core.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens for the API, created and revoked by their owner. A token is 32 random bytes; only
 * its SHA-256 is kept, so a stolen database does not yield usable tokens.
 */
@ApplicationScoped
public class ApiTokens {

    private static final String TOKEN_PREFIX = "crm_";
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "crm-core")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CrmMessages messages;

    @Inject
    Clock clock;

    /** A freshly created token: the secret is shown to its owner once and never again. */
    public record CreatedToken(long id, String name, String secret) {
    }

    @Transactional
    public CreatedToken create(long userId, String name, Integer validDays) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException("name", messages.get("core.tokens.name.invalid"));
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw new InvalidInputException("validDays", messages.get("core.tokens.validDays.invalid"));
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        OffsetDateTime expires = validDays == null ? null : OffsetDateTime.now(clock).plus(Duration.ofDays(validDays));
        ApiToken token = new ApiToken(userId, trimmed, sha256(secret), secret.substring(0, 10), expires);
        em.persist(token);
        em.flush();
        audit.record(AuditAction.TOKEN_CREATED, "core", "api_token", token.getId(), null);
        return new CreatedToken(token.getId(), trimmed, secret);
    }

    public List<ApiToken> ofUser(long userId) {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class).setParameter("userId", userId).getResultList();
    }

    /** Revokes one of the owner's tokens; someone else's token is reported as not found. */
    @Transactional
    public void revoke(long ownerId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.getUserId() != ownerId) {
            throw new RecordNotFoundException(messages.get("core.tokens.notFound"));
        }
        token.revoke(OffsetDateTime.now(clock));
        audit.record(AuditAction.TOKEN_REVOKED, "core", "api_token", tokenId, null);
    }

    /** The enabled user a presented token belongs to, if the token is known, live and unrevoked. */
    @Transactional
    public Optional<UserAccount> authenticate(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", sha256(presented))
                .getResultStream().findFirst()
                .filter(t -> t.isUsable(now))
                .flatMap(t -> {
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
                        t.markUsed(now);
                    }
                    return Optional.ofNullable(em.find(UserAccount.class, t.getUserId()));
                })
                .filter(u -> u.isEnabled() && !u.isLocked(now));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
