package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.notes.domain.FollowUpBucket;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a rep's daily follow-up digest as plain text: what is overdue, due today and due later this
 * week, each with date, customer, title and priority. Plain text only: nothing of a note's HTML can
 * reach a mail client.
 */
final class DigestComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    /** A digest ready to send. */
    record Digest(String subject, String body) {
    }

    private DigestComposer() {
    }

    static Digest compose(String repName, LocalDate today, List<NoteRow> followUps, Map<Long, String> customerNames,
                          String followUpUrl, CrmMessages messages, Locale locale) {
        StringBuilder body = new StringBuilder();
        body.append(messages.get(locale, "notes.digest.greeting", repName)).append("\n\n");
        body.append(messages.get(locale, "notes.digest.intro", DATE.format(today))).append("\n");
        long overdue = 0;
        long dueToday = 0;
        for (FollowUpBucket bucket : List.of(FollowUpBucket.OVERDUE, FollowUpBucket.TODAY, FollowUpBucket.THIS_WEEK)) {
            List<NoteRow> inBucket = followUps.stream().filter(n -> FollowUpBucket.of(n.followUpDate(), today) == bucket).toList();
            overdue += bucket == FollowUpBucket.OVERDUE ? inBucket.size() : 0;
            dueToday += bucket == FollowUpBucket.TODAY ? inBucket.size() : 0;
            body.append("\n■ ").append(messages.get(locale, bucket.labelKey()))
                    .append(" (").append(messages.get(locale, "notes.digest.count", inBucket.size())).append(")\n");
            if (inBucket.isEmpty()) {
                body.append("  ").append(messages.get(locale, "notes.digest.none")).append("\n");
            }
            for (NoteRow note : inBucket) {
                body.append("・").append(DATE.format(note.followUpDate())).append("  ")
                        .append(customerNames.getOrDefault(note.customerId(), "#" + note.customerId())).append("  ")
                        .append(note.title()).append("  [")
                        .append(messages.get(locale, note.priority().labelKey())).append("]\n");
            }
        }
        body.append("\n").append(followUpUrl).append("\n");
        String subject = messages.get(locale, "notes.digest.subject", DATE.format(today), overdue, dueToday);
        return new Digest(subject, body.toString());
    }
}
