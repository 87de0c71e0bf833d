package fi.kykyverkko.clients.referrals;

import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Feedback owed to a referrer when the episode they referred changes phase or ends (the referrers' wish in the seeds:
 * to know what became of the client). Recorded at the change and e-mailed in the same act ({@code ReferralMail}):
 * {@code sentAt} is when it went to the outbox, {@code mailId} the outbox message (its delivery is the outbox's).
 * It names the phase or end reason, never the client.
 */
@Entity
@Table(name = "referrer_feedback")
public class ReferrerFeedback extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_source_id", nullable = false)
    private long referralSourceId;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    /** The phase code entered, or {@code ended}. */
    @Column(nullable = false)
    private String phase;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "mail_id")
    private Long mailId;

    protected ReferrerFeedback() {
        // for JPA
    }

    public ReferrerFeedback(ReferralSource source, String phase, String endReason, LocalDate changedOn, Instant now) {
        this.referralSourceId = source.getId();
        this.episodeId = source.getEpisodeId();
        this.recipient = source.getReferrerEmail();
        this.phase = phase;
        this.endReason = endReason;
        this.changedOn = changedOn;
        this.recordedAt = now;
    }

    /** The feedback went to the outbox as message {@code mail} at {@code at}. */
    void queuedAs(long mail, Instant at) {
        if (sentAt != null) {
            throw new IllegalStateException("feedback " + id + " was sent already");
        }
        mailId = mail;
        sentAt = at;
    }

    public Long getId() { return id; }
    public java.util.Optional<Long> getMailId() { return java.util.Optional.ofNullable(mailId); }
    public long getReferralSourceId() { return referralSourceId; }
    public long getEpisodeId() { return episodeId; }
    public String getPhase() { return phase; }
    public String getEndReason() { return endReason; }
    public LocalDate getChangedOn() { return changedOn; }
    public String getRecipient() { return recipient; }
    public Instant getRecordedAt() { return recordedAt; }
    public Instant getSentAt() { return sentAt; }
}
