package com.wealthai.crm.notes.infrastructure;

import com.wealthai.crm.core.api.ActiveModules;
import com.wealthai.crm.notes.NotesModule;
import com.wealthai.crm.notes.application.DailyDigest;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Sends the follow-up digest every morning at 07:00 in Tokyo, when mail is configured and the notes
 * module is on. With several instances, set {@code CRM_DIGEST_ENABLED=false} on all but one.
 */
@Singleton
public class DigestSchedule {

    @Inject
    DailyDigest digest;

    @Inject
    ActiveModules modules;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Tokyo", persistent = false)
    void everyMorning() {
        boolean enabledHere = !"false".equalsIgnoreCase(System.getenv("CRM_DIGEST_ENABLED"));
        if (enabledHere && digest.enabled() && modules.isEnabled(NotesModule.ID)) {
            digest.sendAll();
        }
    }
}
