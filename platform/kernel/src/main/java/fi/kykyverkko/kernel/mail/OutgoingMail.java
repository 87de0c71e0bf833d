package fi.kykyverkko.kernel.mail;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One message in a region's outbox (its own schema, reached only through TenantData). Queued already rendered,
 * so what is sent is what the person's action produced, whatever the templates say later. The sender records each
 * attempt with {@link #sent(Instant)} or {@link #failed(String, Instant)}, which computes the back-off.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends TenantRow {

    /** Waits after the 1st, 2nd, ... failed attempt; the last one repeats. */
    public static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));
    /** After this many failed attempts the message is given up. */
    public static final int MAX_ATTEMPTS = 6;
    /** The longest error kept: a short reason, never a stack trace. */
    public static final int MAX_ERROR = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "template_code", nullable = false)
    private String templateCode;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "queued_by", nullable = false)
    private String queuedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    /** At most one file sent with the text, e.g. a meeting's {@code .ics} invitation. */
    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Column(name = "attachment")
    private byte[] attachment;

    protected OutgoingMail() {
        // for JPA
    }

    /** A message queued by {@code queuedBy} at {@code now}, first tried at {@code notBefore}. */
    public OutgoingMail(String recipient, MailTemplates.Rendered rendered, String templateCode, String language,
                        String queuedBy, Instant now, Instant notBefore) {
        if (recipient == null || recipient.isBlank() || rendered == null || now == null || notBefore == null) {
            throw new IllegalArgumentException("a message needs a recipient, a text and a time");
        }
        this.recipient = recipient.strip();
        this.subject = rendered.subject();
        this.bodyText = rendered.body();
        this.templateCode = templateCode;
        this.language = language;
        this.queuedBy = queuedBy == null || queuedBy.isBlank() ? "portal" : queuedBy;
        this.queuedAt = now;
        this.nextAttemptAt = notBefore;
        this.status = MailStatus.QUEUED;
    }

    /** Sends {@code file} with the text; a message carries at most one. */
    public OutgoingMail attach(Mail.Attachment file) {
        if (file != null) {
            attachmentName = file.name();
            attachmentType = file.contentType();
            attachment = file.content().clone();
        }
        return this;
    }

    public java.util.Optional<Mail.Attachment> attachment() {
        return attachment == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Mail.Attachment(attachmentName, attachmentType, attachment));
    }

    /**
     * A sender takes the message for one attempt: it is not due again until {@code leaseUntil}, so a second sender
     * running at the same time passes it by, and a sender that dies mid-attempt leaves it to be tried after the lease.
     */
    public void claim(Instant leaseUntil) {
        requireWaiting();
        nextAttemptAt = leaseUntil;
    }

    /** The SMTP server took the message. */
    public void sent(Instant at) {
        requireWaiting();
        attempts++;
        status = MailStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * An attempt failed with {@code error} (shortened to one line of {@link #MAX_ERROR} characters): tried again after
     * the back-off, or given up after {@link #MAX_ATTEMPTS} attempts.
     */
    public void failed(String error, Instant now) {
        requireWaiting();
        attempts++;
        lastError = shortError(error);
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.GAVE_UP;
            nextAttemptAt = null;
        } else {
            status = MailStatus.FAILED_RETRYING;
            nextAttemptAt = now.plus(backOffAfter(attempts));
        }
    }

    /** The wait after the {@code failedAttempts}-th failed attempt. */
    public static Duration backOffAfter(int failedAttempts) {
        return BACK_OFF.get(Math.max(0, Math.min(failedAttempts, BACK_OFF.size()) - 1));
    }

    /** The first line of {@code error}, at most {@link #MAX_ERROR} characters; never a stack trace. */
    static String shortError(String error) {
        if (error == null || error.isBlank()) {
            return "unknown error";
        }
        String line = error.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR - 1) + "…";
    }

    public boolean isDue(Instant now) {
        return status.waiting() && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    private void requireWaiting() {
        if (!status.waiting()) {
            throw new IllegalStateException("message " + id + " is " + status + " and is not sent again");
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String templateCode() {
        return templateCode;
    }

    public String language() {
        return language;
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public String queuedBy() {
        return queuedBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /**
     * An admin asks for another attempt now. A given-up message gets one more attempt (a failure then gives it up
     * again, since its attempts are spent); a retrying or queued one is due at once. A sent message is never sent
     * again. A message a sender holds at this very moment may be sent twice: the outbox is at least once already.
     */
    public void retryNow(Instant now) {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("message " + id + " is sent and is not sent again");
        }
        if (status == MailStatus.GAVE_UP) {
            status = MailStatus.FAILED_RETRYING;
        }
        nextAttemptAt = now;
    }
}
