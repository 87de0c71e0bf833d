package fi.kykyverkko.clients.consent;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records and revokes a client's consents; only the region's team does, with the client present or from a signed
 * form. Reading the consents is a read of the client's identity data, audited like any other.
 */
@ApplicationScoped
@Transactional
public class Consents {

    @Inject
    TenantData data;

    @Inject
    ClientAudit audit;

    /** Records {@code consent}; a paper form's scan, when given, is kept with it as a client document. */
    public Consent give(TenantId tenant, Access access, Consent consent, String formName, String formType, byte[] form) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        Consent saved = data.call(tenant, em -> {
            if (em.find(Client.class, consent.getClientId()) == null) {
                throw new IllegalArgumentException("no such client in the region");
            }
            if (em.find(Organisation.class, consent.getOrganisationId()) == null) {
                Problems.refuse("organisation", "clients.consent.unknown-organisation");
            }
            if (consent.getMethod() == ConsentMethod.PAPER_FORM && (form == null || form.length == 0)) {
                Problems.refuse("form", "clients.consent.form-required");
            }
            Consent stored = TenantStore.write(em, access.user().username(), consent);
            em.flush(); // its id, for the form's owner
            if (form != null && form.length > 0) {
                ClientDocument document = new ClientDocument(consent.getClientId(), ClientDocument.Kind.CONSENT_FORM, stored.getId(),
                        formName == null ? "suostumus.pdf" : formName, formType, form, access.user().username(), Instant.now());
                em.persist(document);
                em.flush();
                stored.attachForm(document.getId());
            }
            return stored;
        });
        audit.record(tenant, access, saved.getClientId(), AuditAction.CREATE, DataCategory.IDENTITY_CONTACT);
        return saved;
    }

    /** Revokes the consent now: from this moment its organisation sees nothing it gave. */
    public Consent revoke(TenantId tenant, Access access, long consentId) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        Consent saved = data.call(tenant, em -> {
            Consent consent = Optional.ofNullable(em.find(Consent.class, consentId))
                    .orElseThrow(() -> new IllegalArgumentException("no such consent in the region"));
            consent.revoke(access.user().username(), Instant.now());
            return TenantStore.write(em, access.user().username(), consent);
        });
        audit.record(tenant, access, saved.getClientId(), AuditAction.UPDATE, DataCategory.IDENTITY_CONTACT);
        return saved;
    }

    /** Every consent of the client, newest first, for the team (the client card). */
    public List<Consent> of(TenantId tenant, Access access, long clientId) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        List<Consent> consents = data.call(tenant, em -> em.createQuery(
                "SELECT k FROM Consent k WHERE k.clientId = :client ORDER BY k.givenOn DESC, k.id DESC", Consent.class)
                .setParameter("client", clientId).getResultList());
        audit.record(tenant, access, clientId, AuditAction.READ, DataCategory.IDENTITY_CONTACT);
        return consents;
    }

}
