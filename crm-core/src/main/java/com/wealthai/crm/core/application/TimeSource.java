package com.wealthai.crm.core.application;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every module injects. Business dates ("today", "overdue") are dates in Tokyo, whatever
 * the server's zone; tests replace the bean with a fixed clock.
 */
@Dependent
public class TimeSource {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Produces
    @Dependent
    Clock clock() {
        return Clock.system(TOKYO);
    }
}
