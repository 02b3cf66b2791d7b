package com.wealthai.crm.notes.application;

import java.time.ZoneId;

/** Business dates of notes are dates in Tokyo, whatever the server's zone. */
final class FollowUpClock {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private FollowUpClock() {
    }
}
