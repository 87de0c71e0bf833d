package fi.kykyverkko.kernel.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP settings from MicroProfile Config: {@code kyky.mail.host} (KYKY_MAIL_HOST), {@code kyky.mail.port}
 * (default 25), {@code kyky.mail.from}, optional {@code kyky.mail.user}, {@code kyky.mail.password},
 * {@code kyky.mail.starttls}. Without a host mail is not configured: messages stay queued.
 */
@ApplicationScoped
public class MailConfiguration {

    @Inject
    @ConfigProperty(name = "kyky.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "kyky.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "kyky.mail.from", defaultValue = "kykyverkko@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "kyky.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "kyky.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "kyky.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** The settings, or empty when {@code kyky.mail.host} is not set. */
    public Optional<MailSettings> settings() {
        return host.filter(h -> !h.isBlank()).map(h -> new MailSettings(h.strip(), port, from,
                user.filter(u -> !u.isBlank()).orElse(null), password.orElse(null), starttls));
    }

    /** The sender address, set or not set the server. */
    public String from() {
        return from;
    }

    /** One line for readiness and the log. */
    public String describe() {
        return settings().map(MailSettings::toString)
                .orElse("not configured (kyky.mail.host / KYKY_MAIL_HOST not set): e-mail stays queued");
    }
}
