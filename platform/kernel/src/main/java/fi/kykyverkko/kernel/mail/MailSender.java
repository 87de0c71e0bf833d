package fi.kykyverkko.kernel.mail;

import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Delivers each region's due messages over SMTP, one region's outbox at a time, each message claimed by itself
 * ({@link MailOutbox#claimNext}), so runs at the same time (two timers, two servers) never send one twice.
 * {@link MailTimer} calls {@link #sendAllDue()} every 30 seconds.
 */
@ApplicationScoped
public class MailSender {

    /** At most this many messages per region per run, so one busy region does not hold up the others for long. */
    public static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    /** What one run of one outbox did. */
    public record Run(int sent, int failed) {
    }

    @Inject
    MailOutbox outbox;

    @Inject
    MailConfiguration configuration;

    @Inject
    TenantRegistry registry;

    private final AtomicBoolean toldNotConfigured = new AtomicBoolean();

    /** Every region's due messages with the configured server; without one, says so once and leaves them queued. */
    public void sendAllDue() {
        Optional<MailSettings> settings = configuration.settings();
        if (settings.isEmpty()) {
            if (!toldNotConfigured.getAndSet(true)) {
                LOG.warning("E-mail is not configured (set KYKY_MAIL_HOST, KYKY_MAIL_PORT, KYKY_MAIL_FROM): messages stay queued in the outbox");
            }
            return;
        }
        toldNotConfigured.set(false);
        SmtpTransport transport = new SmtpTransport(settings.get());
        for (Tenant tenant : registry.all()) {
            try {
                sendDue(tenant.tenantId(), transport, Instant.now());
            } catch (RuntimeException e) {
                LOG.warning("Outbox of region " + tenant.tenantId().value() + " could not be processed: " + OutgoingMail.shortError(String.valueOf(e.getMessage())));
            }
        }
    }

    /** {@code tenant}'s messages due at {@code now}, sent through {@code transport}. */
    public Run sendDue(TenantId tenant, SmtpTransport transport, Instant now) {
        int sent = 0;
        int failed = 0;
        for (int i = 0; i < BATCH; i++) {
            Optional<OutgoingMail> next = outbox.claimNext(tenant, now);
            if (next.isEmpty()) {
                break;
            }
            OutgoingMail mail = next.get();
            try {
                transport.deliver(mail, now);
            } catch (Exception e) {
                OutgoingMail after = outbox.failed(tenant, mail.id(), describe(e), now);
                failed++;
                // the id, never the address or the text
                LOG.warning("Mail " + mail.id() + " of region " + tenant.value() + " failed (attempt " + after.attempts()
                        + ", now " + after.status() + "): " + after.lastError());
                continue;
            }
            outbox.sent(tenant, mail.id(), now);
            sent++;
        }
        return new Run(sent, failed);
    }

    /** The exception and its innermost cause in one line: what went wrong, without a stack trace. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (root != e) {
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return OutgoingMail.shortError(text);
    }
}
