package com.wealthai.crm.notes.infrastructure;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the daily digest goes out: the SMTP server, its credentials, the sender and the recipients'
 * address pattern, from the environment (a system property of the same name, or its dotted lower-case
 * form, wins). Without {@code CRM_SMTP_HOST} the digest is off.
 *
 * @param host        CRM_SMTP_HOST
 * @param port        CRM_SMTP_PORT, 587 by default
 * @param user        CRM_SMTP_USER, none for an open relay
 * @param password    CRM_SMTP_PASSWORD
 * @param startTls    CRM_SMTP_STARTTLS, true by default
 * @param from        CRM_SMTP_FROM, the sender address
 * @param toPattern   CRM_DIGEST_TO, the rep's address with {login} for their login, e.g. {login}@example.co.jp
 */
public record MailSettings(String host, int port, String user, String password, boolean startTls, String from, String toPattern) {

    public static Optional<MailSettings> fromEnvironment() {
        return setting("CRM_SMTP_HOST").map(host -> new MailSettings(host,
                Integer.parseInt(setting("CRM_SMTP_PORT").orElse("587")),
                setting("CRM_SMTP_USER").orElse(null),
                setting("CRM_SMTP_PASSWORD").orElse(null),
                Boolean.parseBoolean(setting("CRM_SMTP_STARTTLS").orElse("true")),
                setting("CRM_SMTP_FROM").orElse("crm@localhost"),
                setting("CRM_DIGEST_TO").orElse("{login}@localhost")));
    }

    /** The address of the user with this login. */
    public String addressOf(String login) {
        return toPattern.replace("{login}", login);
    }

    Properties sessionProperties() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", String.valueOf(user != null));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        return props;
    }

    private static Optional<String> setting(String name) {
        String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
        for (String value : new String[] {System.getProperty(name), System.getProperty(dotted), System.getenv(name)}) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
        }
        return Optional.empty();
    }
}
