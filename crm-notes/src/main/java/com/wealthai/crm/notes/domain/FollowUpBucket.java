package com.wealthai.crm.notes.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Where an open follow-up stands on a given day in Tokyo: overdue (before today), due today, due
 * later this week (after today up to Sunday), or later. "Today" is always the date in Asia/Tokyo,
 * so a follow-up becomes overdue at midnight in Japan, whatever the server's zone.
 */
public enum FollowUpBucket {
    OVERDUE,
    TODAY,
    THIS_WEEK,
    LATER;

    public static FollowUpBucket of(LocalDate followUpDate, LocalDate today) {
        if (followUpDate.isBefore(today)) {
            return OVERDUE;
        }
        if (followUpDate.isEqual(today)) {
            return TODAY;
        }
        return followUpDate.isAfter(endOfWeek(today)) ? LATER : THIS_WEEK;
    }

    /** The last day of "this week": the Sunday of today's ISO week (today itself on a Sunday). */
    public static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    public String labelKey() {
        return "notes.bucket." + name();
    }
}
