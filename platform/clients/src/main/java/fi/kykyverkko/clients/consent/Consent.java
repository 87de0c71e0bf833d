package fi.kykyverkko.clients.consent;

import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client's consent (the portal's Kela Y100) that one organisation of the network may receive some categories of
 * their data, from the day it was given until the day it is valid to, or until it is revoked, whichever comes first.
 * Identity and contact data are always part of it: an organisation that may see a client's episodes must know whose
 * they are. A revocation takes effect at once and is never undone; a new consent is recorded instead. Nothing is
 * deleted, so the history of who could see what stays.
 */
@Entity
@Table(name = "client_consent")
public class Consent extends Stamped {

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** A networks organisation id: no foreign key across modules. */
    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    /** Category names, comma-separated, in the enum's order. */
    @Column(nullable = false)
    private String categories;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_how", nullable = false)
    private ConsentMethod method;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "form_document_id")
    private Long formDocumentId;

    protected Consent() {
        // for JPA
    }

    /**
     * Records that the client consented on {@code givenOn}, {@code method}, to {@code organisationId} receiving
     * {@code categories} until {@code validUntil} (inclusive). Identity and contact are added when left out.
     */
    public static Consent give(long clientId, long organisationId, Set<DataCategory> categories, LocalDate givenOn,
            ConsentMethod method, LocalDate validUntil) {
        Problems problems = new Problems().required("givenOn", givenOn).required("method", method)
                .required("validUntil", validUntil).required("organisation", organisationId > 0 ? organisationId : null);
        if (givenOn != null && validUntil != null && validUntil.isBefore(givenOn)) {
            problems.add("validUntil", "clients.consent.until-before-given");
        }
        if (categories == null || categories.isEmpty()) {
            problems.add("categories", "clients.consent.no-categories");
        }
        problems.throwIfAny();
        Consent consent = new Consent();
        consent.clientId = clientId;
        consent.organisationId = organisationId;
        EnumSet<DataCategory> covered = EnumSet.copyOf(categories);
        covered.add(DataCategory.IDENTITY_CONTACT);
        consent.categories = covered.stream().map(Enum::name).collect(Collectors.joining(","));
        consent.givenOn = givenOn;
        consent.method = method;
        consent.validUntil = validUntil;
        return consent;
    }

    /** Revokes the consent at {@code now}: from this moment it covers nothing. */
    public void revoke(String by, Instant now) {
        if (revokedAt != null) {
            Problems.refuse("consent", "clients.consent.already-revoked");
        }
        revokedAt = now;
        revokedBy = by;
    }

    /** The scanned paper form, kept as a client document. */
    public void attachForm(long documentId) {
        formDocumentId = documentId;
    }

    /** Whether the consent lets {@code organisation} receive {@code category} at {@code now} (Helsinki day {@code today}). */
    public boolean covers(long organisation, DataCategory category, LocalDate today, Instant now) {
        return organisationId == organisation && state(today, now) == ConsentState.VALID && categories().contains(category);
    }

    public ConsentState state(LocalDate today, Instant now) {
        if (revokedAt != null && !revokedAt.isAfter(now)) {
            return ConsentState.REVOKED;
        }
        if (today.isBefore(givenOn)) {
            return ConsentState.NOT_YET;
        }
        return today.isAfter(validUntil) ? ConsentState.EXPIRED : ConsentState.VALID;
    }

    public Set<DataCategory> categories() {
        EnumSet<DataCategory> set = EnumSet.noneOf(DataCategory.class);
        Arrays.stream(categories.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> DataCategory.valueOf(s.toUpperCase(Locale.ROOT))).forEach(set::add);
        return set;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().required("givenOn", givenOn).required("method", method).required("validUntil", validUntil);
        if (clientId <= 0) {
            problems.add("client", "validation.required");
        }
        return problems;
    }

    public long getClientId() { return clientId; }
    public long getOrganisationId() { return organisationId; }
    public LocalDate getGivenOn() { return givenOn; }
    public ConsentMethod getMethod() { return method; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokedBy() { return revokedBy; }
    public Long getFormDocumentId() { return formDocumentId; }

    /** Drops the link to the scanned form, for the retention job, which removes the client's documents. */
    public void forgetForm() { formDocumentId = null; }
}
