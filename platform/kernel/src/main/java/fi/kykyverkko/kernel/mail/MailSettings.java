package fi.kykyverkko.kernel.mail;

import java.util.Properties;

/**
 * Where the portal sends e-mail: an SMTP server, the sender address and optional login and STARTTLS. From
 * MicroProfile Config through {@link MailConfiguration}; a test makes its own (e.g. {@link #withPort(int)} pointing
 * at nothing).
 */
public record MailSettings(String host, int port, String from, String user, String password, boolean starttls) {

    /** How long one connection or read may take; a slow server never holds the sender for long. */
    public static final int TIMEOUT_MILLIS = 10_000;

    public MailSettings {
        if (host == null || host.isBlank() || from == null || from.isBlank() || port <= 0 || port > 65535) {
            throw new IllegalArgumentException("mail settings need a host, a port 1-65535 and a sender address");
        }
    }

    public static MailSettings smtp(String host, int port, String from) {
        return new MailSettings(host, port, from, null, null, false);
    }

    public MailSettings withPort(int otherPort) {
        return new MailSettings(host, otherPort, from, user, password, starttls);
    }

    public boolean authenticated() {
        return user != null && !user.isBlank();
    }

    /** Jakarta Mail session properties for these settings. */
    Properties sessionProperties() {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.from", from);
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.auth", Boolean.toString(authenticated()));
        if (starttls) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        return p;
    }

    @Override
    public String toString() {
        // never the password
        return "smtp://" + (authenticated() ? user + "@" : "") + host + ":" + port + (starttls ? " (STARTTLS)" : "") + " from " + from;
    }
}
