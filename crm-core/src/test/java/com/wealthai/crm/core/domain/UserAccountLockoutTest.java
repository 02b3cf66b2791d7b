package com.wealthai.crm.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.Role;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private final OffsetDateTime now = OffsetDateTime.parse("2026-11-24T10:00:00+09:00");

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutes() {
        UserAccount user = new UserAccount("r001", "山田 太郎", "hash", Set.of(Role.REP));

        for (int i = 1; i <= 4; i++) {
            assertThat(user.recordFailedLogin(now)).isFalse();
        }
        assertThat(user.recordFailedLogin(now)).isTrue();

        assertThat(user.isLocked(now.plusMinutes(14).plusSeconds(59))).isTrue();
        assertThat(user.isLocked(now.plusMinutes(15))).isFalse();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount user = new UserAccount("r001", "山田 太郎", "hash", Set.of(Role.REP));
        for (int i = 1; i <= 4; i++) {
            user.recordFailedLogin(now);
        }

        user.recordSuccessfulLogin(now);

        assertThat(user.recordFailedLogin(now)).isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void unlockingClearsTheLock() {
        UserAccount user = new UserAccount("r001", "山田 太郎", "hash", Set.of(Role.REP));
        user.lockIndefinitely(now);
        assertThat(user.isLocked(now.plusYears(10))).isTrue();

        user.unlock(now);

        assertThat(user.isLocked(now)).isFalse();
    }
}
