package com.wealthai.crm.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureWarmingTest {

    private static final AccessScope REP_1 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "本店");
    private static final AccessScope REP_1_DEPUTY = new AccessScope(15, "r001b", Set.of(Role.REP), 1L, "本店");
    private static final AccessScope REP_2 = new AccessScope(12, "r002", Set.of(Role.REP), 2L, "大阪支店");
    private static final AccessScope HONTEN_MANAGER = new AccessScope(21, "m01", Set.of(Role.MANAGER), null, "本店");
    private static final AccessScope HONTEN_MANAGER_2 = new AccessScope(22, "m01b", Set.of(Role.MANAGER, Role.REP), 3L, "本店");
    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);
    private static final AccessScope UNLINKED_REP = new AccessScope(31, "r999", Set.of(Role.REP), null, null);

    @Test
    void theFirmComesFirstThenEachBranchThenEachRepOnce() {
        List<AccessScope> books = FigureWarming.books(List.of(REP_1, REP_2, REP_1_DEPUTY, HONTEN_MANAGER,
                HONTEN_MANAGER_2, ADMIN, UNLINKED_REP));

        assertThat(books).extracting(AccessScope::reach).containsExactly(AccessScope.Reach.ALL,
                AccessScope.Reach.BRANCH, AccessScope.Reach.OWN_BOOK, AccessScope.Reach.OWN_BOOK);
        assertThat(books.get(1).branch()).isEqualTo("本店");
        assertThat(books.subList(2, 4)).extracting(AccessScope::salesRepId).containsExactly(1L, 2L);
    }

    @Test
    void withoutAccountsOnlyTheFirmIsWarmed() {
        assertThat(FigureWarming.books(List.of())).containsExactly(AccessScope.system());
    }
}
