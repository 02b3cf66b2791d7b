package com.wealthai.crm.core.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes with Jakarta Security's PBKDF2-HMAC-SHA256 at the work factor OWASP's Password
 * Storage Cheat Sheet asks of it since 2023: 600,000 iterations, 32-byte salt and key. That is some
 * 150 ms of one core per check on our 2-core reference machine, by design: it is what makes a stolen
 * hash costly to guess. A hash stores its own parameters, so a hash made with fewer iterations (210,000
 * before December 2026) still verifies, and is replaced at its user's next successful login ({@link
 * #isOutdated}).
 */
@ApplicationScoped
public class PasswordHashing {

    /** At least this many characters for any password a person chooses. */
    public static final int MIN_LENGTH = 12;

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;

    /** The parameters of {@link Pbkdf2PasswordHash#initialize}, for tools that hash as the app does. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return storedHash != null && pbkdf2.verify(password, storedHash);
    }

    /**
     * Whether a stored hash is weaker than what {@link #hash} makes now: another algorithm, or fewer
     * iterations. Jakarta Security's format is {@code algorithm:iterations:salt:hash}.
     */
    public static boolean isOutdated(String storedHash) {
        String[] fields = storedHash == null ? new String[0] : storedHash.split(":");
        if (fields.length != 4 || !fields[0].equals(ALGORITHM)) {
            return true;
        }
        try {
            return Integer.parseInt(fields[1]) < ITERATIONS;
        } catch (NumberFormatException malformed) {
            return true;
        }
    }
}
