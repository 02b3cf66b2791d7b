package com.wealthai.crm.notes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The buckets of the follow-up view, for a Wednesday (2026/11/25) in Tokyo. */
class FollowUpBucketTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void beforeTodayIsOverdue() {
        assertThat(FollowUpBucket.of(WEDNESDAY.minusDays(1), WEDNESDAY)).isEqualTo(FollowUpBucket.OVERDUE);
    }

    @Test
    void todayIsToday() {
        assertThat(FollowUpBucket.of(WEDNESDAY, WEDNESDAY)).isEqualTo(FollowUpBucket.TODAY);
    }

    @Test
    void thisWeekRunsToSunday() {
        assertThat(FollowUpBucket.of(WEDNESDAY.plusDays(1), WEDNESDAY)).isEqualTo(FollowUpBucket.THIS_WEEK);
        assertThat(FollowUpBucket.of(LocalDate.of(2026, 11, 29), WEDNESDAY)).isEqualTo(FollowUpBucket.THIS_WEEK);
        assertThat(FollowUpBucket.of(LocalDate.of(2026, 11, 30), WEDNESDAY)).isEqualTo(FollowUpBucket.LATER);
    }

    @Test
    void onSundayThisWeekIsOnlyToday() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(FollowUpBucket.endOfWeek(sunday)).isEqualTo(sunday);
        assertThat(FollowUpBucket.of(sunday.plusDays(1), sunday)).isEqualTo(FollowUpBucket.LATER);
    }
}
