package fi.kykyverkko.kernel.mail;

import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Outgoing e-mail for every module: {@code mail.send(tenant, "maija@example.fi", "survey-invitation", "fi", name,
 * survey, region, link, until)} renders the template in the language and queues the message in the region's
 * outbox. It never sends inline: a mail server being down loses nothing and never fails the person's action; the
 * {@link MailSender} delivers it within half a minute. Queued in the caller's transaction, so a message of an
 * action that rolls back is never sent.
 */
@ApplicationScoped
public class Mail {

    @Inject
    TenantData data;

    @Inject
    MailConfiguration configuration;

    Clock clock = Clock.systemUTC();

    /**
     * A file sent with a message: {@code name} as the recipient sees it, its MIME type (for an invitation
     * {@code text/calendar; method=REQUEST}), at most {@link #ATTACHMENT_MAX} bytes.
     */
    public record Attachment(String name, String contentType, byte[] content) {
        public Attachment {
            if (name == null || !name.matches("[\\w.-]{1,200}") || contentType == null || contentType.isBlank()
                    || content == null || content.length == 0 || content.length > ATTACHMENT_MAX) {
                throw new IllegalArgumentException("an attachment needs a plain file name, a type and 1 byte to 1 MB");
            }
            content = content.clone();
        }
    }

    public static final int ATTACHMENT_MAX = 1024 * 1024;

    /** Queues {@code templateCode} in {@code language} (fi, sv or en; otherwise fi) for {@code recipient}; returns its id. */
    @Transactional
    public long send(TenantId tenant, String recipient, String templateCode, String language, Object... params) {
        return queue(tenant, "portal", recipient, templateCode, language, null, null, params);
    }

    /** As {@link #send}, recording who queued it (a username, or a job's name). */
    @Transactional
    public long sendFor(String queuedBy, TenantId tenant, String recipient, String templateCode, String language, Object... params) {
        return queue(tenant, queuedBy, recipient, templateCode, language, null, null, params);
    }

    /** As {@link #sendFor}, with {@code file} attached (one per message). */
    @Transactional
    public long sendWith(Attachment file, String queuedBy, TenantId tenant, String recipient, String templateCode,
                         String language, Object... params) {
        return queue(tenant, queuedBy, recipient, templateCode, language, null, file, params);
    }

    /** The address the portal's mail comes from ({@code kyky.mail.from}), e.g. an invitation's organiser. */
    public String fromAddress() {
        return configuration.from();
    }

    /** Whether {@code recipient} is one address that {@link #send} takes. */
    public static boolean isAddress(String recipient) {
        try {
            checkedAddress(recipient);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** As {@link #send}, first tried at {@code notBefore} (a reminder for the morning). */
    @Transactional
    public long sendAt(Instant notBefore, TenantId tenant, String recipient, String templateCode, String language, Object... params) {
        return queue(tenant, "portal", recipient, templateCode, language, notBefore, null, params);
    }

    private long queue(TenantId tenant, String queuedBy, String recipient, String templateCode, String language,
                       Instant notBefore, Attachment file, Object... params) {
        if (tenant == null) {
            throw new IllegalArgumentException("no region");
        }
        String address = checkedAddress(recipient);
        String lang = MailTemplates.language(language);
        MailTemplates.Rendered rendered = MailTemplates.render(templateCode, lang, params);
        Instant now = clock.instant();
        OutgoingMail mail = new OutgoingMail(address, rendered, templateCode, lang, queuedBy, now,
                notBefore == null ? now : notBefore).attach(file);
        return data.call(tenant, em -> {
            em.persist(mail);
            em.flush();
            return mail.id();
        });
    }

    /** One plain address ({@code name@example.fi}); a list or a malformed address is refused. */
    static String checkedAddress(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("no recipient");
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(recipient.strip(), true);
            if (parsed.length != 1) {
                throw new IllegalArgumentException("one recipient per message");
            }
            parsed[0].validate();
            return parsed[0].getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an e-mail address", e);
        }
    }
}
