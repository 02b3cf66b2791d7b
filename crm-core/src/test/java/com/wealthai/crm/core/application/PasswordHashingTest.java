package com.wealthai.crm.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashWithFewerIterationsThanOwaspAsksIsOutdated() {
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==")).isTrue();
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==")).isFalse();
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:1000000:c2FsdA==:aGFzaA==")).isFalse();
    }

    @Test
    void anotherAlgorithmOrAMalformedHashIsOutdated() {
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA1:1300000:c2FsdA==:aGFzaA==")).isTrue();
        assertThat(PasswordHashing.isOutdated("PBKDF2WithHmacSHA256:many:c2FsdA==:aGFzaA==")).isTrue();
        assertThat(PasswordHashing.isOutdated("pbkdf2$310000$c2FsdA$aGFzaA")).isTrue();
        assertThat(PasswordHashing.isOutdated(null)).isTrue();
    }
}
