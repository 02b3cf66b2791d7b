package com.wealthai.crm.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.Role;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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

    /** The test's clock, in nanoseconds; a computation moves it on by {@link #takes} milliseconds. */
    private final long[] now = {0};
    private long takes = 5;

    BookFigureCacheTest() {
        cache.clock = () -> now[0];
    }

    private String figure(AccessScope scope) {
        return cache.get("holdings.aum", scope, () -> {
            now[0] += Duration.ofMillis(takes).toNanos();
            return scope.login() + "#" + computed.incrementAndGet();
        });
    }

    private void later(int seconds) {
        now[0] += Duration.ofSeconds(seconds).toNanos();
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
    void aFigureOlderThanAMinuteIsServedOnceMoreWhileComputedAfresh() {
        figure(REP_1);
        later(59);
        assertThat(figure(REP_1)).isEqualTo("r001#1");
        later(2);
        assertThat(figure(REP_1)).as("nothing changed in the book: the reader does not wait").isEqualTo("r001#1");
        assertThat(figure(REP_1)).isEqualTo("r001#2");
        assertThat(computed).hasValue(2);
    }

    @Test
    void aWarmingRoundComputesWhatIsMissingChangedOrHalfAnHourOld() {
        cache.warming(() -> figure(REP_1));
        assertThat(computed).as("missing").hasValue(1);
        later(20 * 60);
        cache.warming(() -> figure(REP_1));
        assertThat(computed).as("unchanged for 20 minutes: left alone").hasValue(1);

        cache.changed("holdings.", 1L, "本店");
        cache.warming(() -> figure(REP_1));
        assertThat(computed).as("changed").hasValue(2);

        later(31 * 60);
        cache.warming(() -> figure(REP_1));
        assertThat(figure(REP_1)).as("31 minutes old").isEqualTo("r001#3");
    }

    @Test
    void aQuickFigureIsComputedAgainAtOnceAfterAChangeInItsBook() {
        figure(REP_1);
        assertThat(figure(REP_1)).isEqualTo("r001#1");

        figure(REP_2);
        figure(HONTEN_MANAGER);
        figure(OSAKA_MANAGER);
        figure(ADMIN);
        cache.changed("holdings.", 1L, "本店");

        assertThat(figure(REP_1)).as("the rep sees their own change").isEqualTo("r001#6");
        assertThat(figure(REP_2)).isEqualTo("r002#2");
        assertThat(figure(HONTEN_MANAGER)).isEqualTo("m01#7");
        assertThat(figure(OSAKA_MANAGER)).isEqualTo("m02#4");
        assertThat(figure(ADMIN)).isEqualTo("admin#8");
    }

    @Test
    void aSlowFigureIsServedOnceMoreWhileComputedAfreshButARepsOwnChangeIsNot() {
        takes = 1200;
        figure(ADMIN);
        figure(REP_1);
        cache.changed("holdings.", 1L, "本店");

        // served as it was; computed again behind the scenes (here at once: the background work is not started)
        assertThat(figure(ADMIN)).isEqualTo("admin#1");
        assertThat(figure(ADMIN)).isEqualTo("admin#3");
        assertThat(figure(REP_1)).as("however slow, the rep sees their own change").isEqualTo("r001#4");

        later(61);
        assertThat(figure(REP_1)).isEqualTo("r001#4");
        assertThat(figure(REP_1)).isEqualTo("r001#5");
    }

    @Test
    void onceStartedTheBackgroundWorkWaitsForItsTickNotForAReader() {
        cache.startBackgroundWork();
        takes = 1200;
        figure(ADMIN);
        cache.changed("holdings.", 1L, "本店");

        assertThat(figure(ADMIN)).isEqualTo("admin#1");
        assertThat(figure(ADMIN)).as("queued once; the readers do not compute it").isEqualTo("admin#1");
        cache.runQueued();
        assertThat(figure(ADMIN)).isEqualTo("admin#2");
    }

    @Test
    void aFailedBackgroundComputationKeepsTheFigureAndTriesAgainNextTime() {
        takes = 1200;
        figure(ADMIN);
        cache.changed("holdings.", null, null);
        Supplier<String> failing = () -> {
            throw new IllegalStateException("database away");
        };
        assertThat(cache.get("holdings.aum", ADMIN, failing)).isEqualTo("admin#1");
        assertThat(figure(ADMIN)).isEqualTo("admin#1");
        assertThat(figure(ADMIN)).isEqualTo("admin#2");
    }

    @Test
    void aChangeWithoutBranchReachesEveryBranchAndAnotherModulesFiguresStay() {
        figure(HONTEN_MANAGER);
        figure(OSAKA_MANAGER);
        String notes = cache.get("notes.byType", OSAKA_MANAGER, () -> "kept");

        cache.changed("holdings.", 2L, null);

        assertThat(figure(HONTEN_MANAGER)).isEqualTo("m01#3");
        assertThat(figure(OSAKA_MANAGER)).isEqualTo("m02#4");
        assertThat(cache.get("notes.byType", OSAKA_MANAGER, () -> "computed again")).isEqualTo(notes);
    }

    @Test
    void aChangeEverywhereReachesEveryBook() {
        figure(REP_1);
        figure(ADMIN);
        cache.changedEverywhere("holdings.");
        assertThat(figure(REP_1)).isEqualTo("r001#3");
        assertThat(figure(ADMIN)).isEqualTo("admin#4");
    }
}
