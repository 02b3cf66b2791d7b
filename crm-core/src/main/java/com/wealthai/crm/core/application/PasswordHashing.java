package com.wealthai.crm.core.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes with Jakarta Security's PBKDF2, at the strength OWASP asks of PBKDF2-HMAC-SHA256
 * (210,000 iterations, 32-byte salt and key). A hash stores its own parameters, so raising the
 * iterations later leaves existing hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashing {

    /** At least this many characters for any password a person chooses. */
    public static final int MIN_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password, storedHash);
    }
}
