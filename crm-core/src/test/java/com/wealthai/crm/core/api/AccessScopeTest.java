package com.wealthai.crm.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

    @Test
    void theWidestRoleDecidesTheReach() {
        assertThat(new AccessScope(1, "a", Set.of(Role.REP, Role.ADMIN), 7L, "東京").reach()).isEqualTo(AccessScope.Reach.ALL);
        assertThat(new AccessScope(1, "m", Set.of(Role.REP, Role.MANAGER), 7L, "東京").reach()).isEqualTo(AccessScope.Reach.BRANCH);
        assertThat(new AccessScope(1, "r", Set.of(Role.REP), 7L, "東京").reach()).isEqualTo(AccessScope.Reach.OWN_BOOK);
    }

    @Test
    void withoutARepOrABranchARepOrManagerReachesNothingRatherThanEverything() {
        assertThat(new AccessScope(1, "r", Set.of(Role.REP), null, null).reach()).isEqualTo(AccessScope.Reach.NONE);
        assertThat(new AccessScope(1, "m", Set.of(Role.MANAGER), null, null).reach()).isEqualTo(AccessScope.Reach.NONE);
        assertThat(new AccessScope(1, "x", Set.of(), null, null).reach()).isEqualTo(AccessScope.Reach.NONE);
    }
}
