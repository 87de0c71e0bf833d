package fi.kykyverkko.clients.referrals;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One source of an episode's referral: its type, the referring organisation of the network when there is one, the
 * referrer and how to reach them (feedback goes there), the day, and the letter and attachments as client documents.
 * An episode may have several; the client themself is a source of type {@link SourceType#SELF}.
 */
@Entity
@Table(name = "referral_source")
public class ReferralSource extends Stamped {

    static final int NAME_MAX = 200;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false)
    private SourceType type;

    /** A networks organisation id: no foreign key across modules. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "referrer_name")
    private String referrerName;

    @Column(name = "referrer_email")
    private String referrerEmail;

    @Column(name = "referrer_phone")
    private String referrerPhone;

    @Column(name = "referred_on", nullable = false)
    private LocalDate referredOn;

    protected ReferralSource() {
        // for JPA
    }

    /** A referral of type {@code type} received on {@code referredOn}; who referred is added with {@link #referredBy}. */
    public static ReferralSource of(long episodeId, SourceType type, LocalDate referredOn) {
        Problems problems = new Problems().required("type", type).required("referredOn", referredOn);
        problems.throwIfAny();
        ReferralSource source = new ReferralSource();
        source.episodeId = episodeId;
        source.type = type;
        source.referredOn = referredOn;
        return source;
    }

    /** Who referred: the organisation (networks id, may be null), the person and their e-mail and phone. */
    public ReferralSource referredBy(Long organisationId, String name, String email, String phone) {
        Problems problems = new Problems().maxLength("referrerName", Problems.clean(name), NAME_MAX)
                .email("referrerEmail", Problems.clean(email)).phone("referrerPhone", Problems.clean(phone));
        problems.throwIfAny();
        this.organisationId = organisationId;
        this.referrerName = Problems.clean(name);
        this.referrerEmail = Problems.clean(email);
        this.referrerPhone = Problems.clean(phone);
        return this;
    }

    /** Whether the referrer can be given feedback: someone other than the client, with an address to reach. */
    public boolean wantsFeedback() {
        return type != SourceType.SELF && referrerEmail != null;
    }

    @Override
    public Problems check() {
        return new Problems().required("type", type).required("referredOn", referredOn).maxLength("referrerName", referrerName, NAME_MAX)
                .email("referrerEmail", referrerEmail).phone("referrerPhone", referrerPhone);
    }

    public long getEpisodeId() { return episodeId; }
    public SourceType getType() { return type; }
    public Long getOrganisationId() { return organisationId; }
    public String getReferrerName() { return referrerName; }
    public String getReferrerEmail() { return referrerEmail; }
    public String getReferrerPhone() { return referrerPhone; }
    public LocalDate getReferredOn() { return referredOn; }
}
