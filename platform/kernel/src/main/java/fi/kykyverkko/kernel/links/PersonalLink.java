package fi.kykyverkko.kernel.links;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A personal link in a region's own schema: a way in for someone without an account (a client, a panel member,
 * an outside respondent) to one thing a module names by purpose and subject reference. It holds the hashes of
 * its secrets, never the secrets. Its rules are kept when it is made and at every act (issue, use, submit,
 * revoke); a broken rule is a programming error of the calling module and throws.
 */
@Entity
@Table(name = "personal_link")
public class PersonalLink extends Stamped {

    /** A module's own short code for what the link is for, e.g. {@code survey-response}. */
    static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int PURPOSE_MAX = 40;
    /** A module-defined id such as {@code invitation:42}: no spaces, no @, so no names or e-mail addresses fit. */
    static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]*");
    static final int SUBJECT_MAX = 100;
    static final Duration SHORTEST_LIFETIME = Duration.ofSeconds(1);
    static final Duration LONGEST_LIFETIME = Duration.ofDays(366);
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "short_code_hash", length = 64)
    private String shortCodeHash;

    @Column(nullable = false, length = PURPOSE_MAX)
    private String purpose;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "use_mode", nullable = false, length = 30)
    private UseMode useMode;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "used_at")
    private Instant usedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    protected PersonalLink() {
        // for JPA
    }

    /** Issues a link (by the service, which made the secrets): the expiry must come after the issue. */
    PersonalLink(String tokenHash, String shortCodeHash, String purpose, String subject, UseMode useMode,
                 Instant issuedAt, Duration lifetime, String issuedBy) {
        require(tokenHash != null && HASH.matcher(tokenHash).matches(), "the token hash must be 64 hex digits");
        require(shortCodeHash == null || HASH.matcher(shortCodeHash).matches(), "the short code hash must be 64 hex digits");
        require(purpose != null && purpose.length() <= PURPOSE_MAX && PURPOSE.matcher(purpose).matches(),
                "the purpose must be a short lower-case code such as survey-response");
        require(subject != null && subject.length() <= SUBJECT_MAX && SUBJECT.matcher(subject).matches()
                && !IdentityCode.appearsIn(subject), "the subject must be a module's id such as invitation:42, never personal data");
        require(useMode != null, "a link needs a use mode");
        require(issuedAt != null, "a link needs its issue time");
        require(lifetime != null && lifetime.compareTo(SHORTEST_LIFETIME) >= 0 && lifetime.compareTo(LONGEST_LIFETIME) <= 0,
                "the lifetime must be at least a second and at most " + LONGEST_LIFETIME.toDays() + " days");
        require(issuedBy != null && !issuedBy.isBlank(), "a link needs who issued it");
        this.tokenHash = tokenHash;
        this.shortCodeHash = shortCodeHash;
        this.purpose = purpose;
        this.subject = subject;
        this.useMode = useMode;
        this.issuedAt = issuedAt.truncatedTo(ChronoUnit.MILLIS); // DATETIME(3)
        this.expiresAt = this.issuedAt.plus(lifetime).truncatedTo(ChronoUnit.MILLIS);
        require(expiresAt.isAfter(this.issuedAt), "the expiry must come after the issue");
        this.issuedBy = issuedBy;
    }

    private static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw new IllegalArgumentException(otherwise);
        }
    }

    /** Whether the link still opens at {@code now}: not expired, revoked, submitted, nor a spent single-use link. */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt) && revokedAt == null && submittedAt == null
                && !(useMode == UseMode.SINGLE_USE && usedAt != null);
    }

    /** Something was done through the link (a draft saved): spends a single-use link, records the first use. */
    public void markUsed(Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("a revoked link cannot be used");
        }
        if (usedAt == null) {
            usedAt = now.truncatedTo(ChronoUnit.MILLIS);
        }
    }

    /** The respondent submitted: the link is spent for good. Again is nothing; the first moment stays. */
    public void markSubmitted(Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("a revoked link takes no submission");
        }
        if (submittedAt == null) {
            submittedAt = now.truncatedTo(ChronoUnit.MILLIS);
            markUsed(now);
        }
    }

    /** Closes the link (sent to the wrong person, the invitation withdrawn). Again is nothing: the first revoke stays. */
    public void revoke(String by, Instant now) {
        require(by != null && !by.isBlank(), "a revoke needs who revoked");
        if (revokedAt == null) {
            revokedAt = now.truncatedTo(ChronoUnit.MILLIS);
            revokedBy = by;
        }
    }

    @Override
    public Problems check() {
        return new Problems(); // every rule is kept when made and at each act
    }

    String tokenHash() {
        return tokenHash;
    }

    String shortCodeHash() {
        return shortCodeHash;
    }

    public String purpose() {
        return purpose;
    }

    public String subject() {
        return subject;
    }

    public UseMode useMode() {
        return useMode;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    @Override
    public String toString() {
        return "PersonalLink[id=" + getId() + ", purpose=" + purpose + ", subject=" + subject + ", expiresAt=" + expiresAt + "]";
    }
}
