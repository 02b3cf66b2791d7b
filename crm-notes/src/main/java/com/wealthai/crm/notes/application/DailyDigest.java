package com.wealthai.crm.notes.application;

import com.wealthai.crm.core.api.AccessScope;
import com.wealthai.crm.core.api.CrmMessages;
import com.wealthai.crm.core.api.UserDirectory;
import com.wealthai.crm.customers.api.CustomerDirectory;
import com.wealthai.crm.customers.api.CustomerSummary;
import com.wealthai.crm.customers.api.SalesRepSummary;
import com.wealthai.crm.notes.infrastructure.DigestMailer;
import com.wealthai.crm.notes.infrastructure.MailSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The daily e-mail to every rep with open follow-ups due this week or overdue, sent to the address
 * of the user linked to the rep. Off when no SMTP server is configured. A failure for one rep is
 * logged (ids only) and does not stop the others.
 */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class.getName());

    @Inject
    NoteQueries queries;

    @Inject
    CustomerDirectory customers;

    @Inject
    UserDirectory users;

    @Inject
    CrmMessages messages;

    @Inject
    SalesNotes notes;

    Optional<MailSettings> settings = MailSettings.fromEnvironment();

    String followUpUrl = Optional.ofNullable(System.getenv("CRM_URL")).orElse("http://localhost:8080/crm/") + "notes/follow-ups.xhtml";

    public boolean enabled() {
        return settings.isPresent();
    }

    /** Sends today's digests; returns how many went out. */
    public int sendAll() {
        if (settings.isEmpty()) {
            return 0;
        }
        AccessScope system = AccessScope.system();
        var today = notes.today();
        Map<Long, List<NoteRow>> byRep = queries.followUps(today, null, system).stream()
                .collect(Collectors.groupingBy(NoteRow::salesRepId, TreeMap::new, Collectors.toList()));
        Map<Long, String> repNames = customers.salesReps(system).stream()
                .collect(Collectors.toMap(SalesRepSummary::id, SalesRepSummary::name, (a, b) -> a));
        DigestMailer mailer = new DigestMailer(settings.get());
        int sent = 0;
        for (var entry : byRep.entrySet()) {
            Optional<String> login = users.loginOfSalesRep(entry.getKey());
            if (login.isEmpty()) {
                LOG.info(() -> "Follow-up digest: no user for sales rep " + entry.getKey());
                continue;
            }
            Map<Long, String> customerNames = customers.findAll(entry.getValue().stream().map(NoteRow::customerId).toList(), system)
                    .values().stream().collect(Collectors.toMap(CustomerSummary::id, CustomerSummary::name));
            DigestComposer.Digest digest = DigestComposer.compose(repNames.getOrDefault(entry.getKey(), login.get()), today,
                    entry.getValue(), customerNames, followUpUrl, messages, Locale.JAPANESE);
            try {
                mailer.send(settings.get().addressOf(login.get()), digest.subject(), digest.body());
                sent++;
            } catch (MessagingException e) {
                LOG.log(Level.WARNING, "Follow-up digest for sales rep " + entry.getKey() + " not sent: " + e.getMessage());
            }
        }
        int total = sent;
        LOG.info(() -> "Follow-up digest: " + total + " e-mail(s) sent");
        return sent;
    }
}
