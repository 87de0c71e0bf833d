package fi.kykyverkko.clients.consent;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The consent gate, in the code as Primero has it: what one reader may see of one client. The region's team sees
 * everything; a network member of another organisation sees a client only while a valid consent names their
 * organisation, and then only the categories it covers; without one, the client is answered as one who does not
 * exist. Emergency access reads past the gate only with a reason, and the audit marks it.
 */
@ApplicationScoped
public class ClientGate {

    /** The JPQL condition that client {@code c} has a valid consent for organisation {@code :gateOrg} on {@code :gateDay}. */
    public static final String CONSENTED = "EXISTS (SELECT k.id FROM Consent k WHERE k.clientId = c.id AND k.organisationId = :gateOrg"
            + " AND k.revokedAt IS NULL AND k.givenOn <= :gateDay AND k.validUntil >= :gateDay)";

    @Inject
    TenantData data;

    @Inject
    People people;

    /** How a reader sees the region's clients. */
    public record Sight(boolean everything, Long organisationId) {

        static final Sight NOTHING = new Sight(false, null);

        public boolean nothing() {
            return !everything && organisationId == null;
        }
    }

    public Sight sightOf(TenantId tenant, Access access) {
        if (access.emergency()) {
            if (!ClientRoles.hasEmergencyAccess(access.user(), tenant)) {
                throw new SecurityException("emergency access needs its role");
            }
            return new Sight(true, null);
        }
        if (ClientRoles.isTeam(access.user(), tenant)) {
            return new Sight(true, null);
        }
        if (!ClientRoles.canRead(access.user(), tenant)) {
            return Sight.NOTHING;
        }
        return people.organisationOf(tenant, access.user().username()).map(Organisation::getId)
                .map(id -> new Sight(false, id)).orElse(Sight.NOTHING);
    }

    /** The categories of {@code clientId}'s data the reader may see now; empty when the client is hidden from them. */
    public Set<DataCategory> categories(TenantId tenant, Access access, long clientId) {
        Sight sight = sightOf(tenant, access);
        if (sight.everything()) {
            return EnumSet.allOf(DataCategory.class);
        }
        if (sight.nothing()) {
            return EnumSet.noneOf(DataCategory.class);
        }
        return data.call(tenant, em -> covered(em, clientId, sight.organisationId()));
    }

    public boolean sees(TenantId tenant, Access access, long clientId, DataCategory category) {
        return categories(tenant, access, clientId).contains(category);
    }

    /** What the valid consents of the client give the organisation now, summed over them. */
    static Set<DataCategory> covered(EntityManager em, long clientId, long organisationId) {
        List<Consent> consents = em.createQuery("SELECT k FROM Consent k WHERE k.clientId = :client AND k.organisationId = :org",
                Consent.class).setParameter("client", clientId).setParameter("org", organisationId).getResultList();
        return coveredBy(consents, organisationId, PortalTime.today(), Instant.now());
    }

    /** The rule alone, for the consent matrix test: the union of what each consent covers at that moment. */
    public static Set<DataCategory> coveredBy(List<Consent> consents, long organisationId, java.time.LocalDate today, Instant now) {
        EnumSet<DataCategory> seen = EnumSet.noneOf(DataCategory.class);
        for (Consent consent : consents) {
            for (DataCategory category : DataCategory.values()) {
                if (consent.covers(organisationId, category, today, now)) {
                    seen.add(category);
                }
            }
        }
        return seen;
    }
}
