package com.wealthai.crm.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BookFigureCacheTest {

    private static final AccessScope REP_1 = new AccessScope(11, "r001", Set.of(Role.REP), 1L, "本店");
    private static final AccessScope REP_2 = new AccessScope(12, "r002", Set.of(Role.REP), 2L, "本店");
    private static final AccessScope HONTEN_MANAGER = new AccessScope(21, "m01", Set.of(Role.MANAGER), null, "本店");
    private static final AccessScope HONTEN_MANAGER_2 = new AccessScope(22, "m01b", Set.of(Role.MANAGER), null, "本店");
    private static final AccessScope OSAKA_MANAGER = new AccessScope(23, "m02", Set.of(Role.MANAGER), null, "大阪支店");
    private static final AccessScope ADMIN = new AccessScope(1, "admin", Set.of(Role.ADMIN), null, null);

    private final BookFigureCache cache = new BookFigureCache();
    private final AtomicInteger computed = new AtomicInteger();

    private String figure(AccessScope scope) {
        return cache.get("holdings.aum", scope, () -> scope.login() + "#" + computed.incrementAndGet());
    }

    @Test
    void aRepsFigureIsKeptForThatRepOnly() {
        assertThat(figure(REP_1)).isEqualTo("r001#1");
        assertThat(figure(REP_1)).isEqualTo("r001#1");
        assertThat(figure(REP_2)).isEqualTo("r002#2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void managersOfOneBranchShareTheirBranchsFigure() {
        assertThat(figure(HONTEN_MANAGER)).isEqualTo("m01#1");
        assertThat(figure(HONTEN_MANAGER_2)).isEqualTo("m01#1");
        assertThat(figure(OSAKA_MANAGER)).isEqualTo("m02#2");
    }

    @Test
    void aChangeInARepsBookForgetsThatRepItsBranchAndTheFirmButNotOthers() {
        figure(REP_1);
        figure(REP_2);
        figure(HONTEN_MANAGER);
        figure(OSAKA_MANAGER);
        figure(ADMIN);

        cache.changed("holdings.", 1L, "本店");

        assertThat(figure(REP_1)).isEqualTo("r001#6");
        assertThat(figure(REP_2)).isEqualTo("r002#2");
        assertThat(figure(HONTEN_MANAGER)).isEqualTo("m01#7");
        assertThat(figure(OSAKA_MANAGER)).isEqualTo("m02#4");
        assertThat(figure(ADMIN)).isEqualTo("admin#8");
    }

    @Test
    void aChangeWithoutBranchForgetsEveryBranchAndAnotherModulesFiguresStay() {
        figure(HONTEN_MANAGER);
        figure(OSAKA_MANAGER);
        String notes = cache.get("notes.byType", OSAKA_MANAGER, () -> "kept");

        cache.changed("holdings.", 2L, null);

        assertThat(figure(HONTEN_MANAGER)).isEqualTo("m01#3");
        assertThat(figure(OSAKA_MANAGER)).isEqualTo("m02#4");
        assertThat(cache.get("notes.byType", OSAKA_MANAGER, () -> "computed again")).isEqualTo(notes);
    }

    @Test
    void aChangeEverywhereForgetsEveryReach() {
        figure(REP_1);
        figure(ADMIN);
        cache.changedEverywhere("holdings.");
        assertThat(figure(REP_1)).isEqualTo("r001#3");
        assertThat(figure(ADMIN)).isEqualTo("admin#4");
    }
}
