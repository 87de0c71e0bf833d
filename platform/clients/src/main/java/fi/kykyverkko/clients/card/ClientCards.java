package fi.kykyverkko.clients.card;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.card.ClientCard.EpisodeFile;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.Client;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.consent.ClientGate;
import fi.kykyverkko.clients.consent.Consent;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.ReferrerFeedback;
import fi.kykyverkko.clients.referrals.WarmHandover;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens the client card: the client, their episodes with referral data, consents and documents, read in one
 * transaction with one query per kind of row (not one per episode), and audited as one act — one entry per category
 * read, written together. Opening a card is the portal's most frequent read of client data, so it is one call.
 */
@ApplicationScoped
public class ClientCards {

    @Inject
    TenantData data;

    @Inject
    ClientGate gate;

    @Inject
    ClientAudit audit;

    /**
     * The card of {@code clientId} as {@code access}'s reader may see it; empty when the client does not exist, is
     * hidden from them or is anonymised past identity (the same answer for each). One transaction for the gate, the
     * reads and the reader's organisation: each transaction opens the region's EntityManager anew (about 2 ms here).
     */
    @Transactional
    public Optional<ClientCard> open(TenantId tenant, Access access, long clientId) {
        if (!ClientRoles.canRead(access.user(), tenant)) {
            throw new SecurityException("no role to read the region's clients");
        }
        Set<DataCategory> seen = gate.categories(tenant, access, clientId);
        if (!seen.contains(DataCategory.IDENTITY_CONTACT)) {
            return Optional.empty();
        }
        boolean team = ClientRoles.isTeam(access.user(), tenant) && !access.emergency();
        Optional<ClientCard> card = Optional.ofNullable(data.call(tenant, em -> read(em, clientId, seen, team)));
        card.ifPresent(c -> audit.recordAll(tenant, access, clientId, AuditAction.READ,
                seen.contains(DataCategory.EPISODES) ? EnumSet.of(DataCategory.IDENTITY_CONTACT, DataCategory.EPISODES)
                        : EnumSet.of(DataCategory.IDENTITY_CONTACT)));
        return card;
    }

    private static ClientCard read(EntityManager em, long clientId, Set<DataCategory> seen, boolean team) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            return null;
        }
        List<EpisodeFile> files = new ArrayList<>();
        List<ClientDocument> documents = List.of();
        if (seen.contains(DataCategory.EPISODES)) {
            List<Episode> episodes = em.createQuery("SELECT e FROM Episode e WHERE e.clientId = :client ORDER BY e.startedOn, e.id",
                    Episode.class).setParameter("client", clientId).getResultList();
            List<Long> ids = episodes.stream().map(Episode::getId).toList();
            Map<Long, List<ReferralSource>> sources = byEpisode(em, ids,
                    "SELECT s FROM ReferralSource s WHERE s.episodeId IN :ids ORDER BY s.referredOn, s.id", ReferralSource.class,
                    ReferralSource::getEpisodeId);
            Map<Long, List<WarmHandover>> meetings = byEpisode(em, ids,
                    "SELECT h FROM WarmHandover h WHERE h.episodeId IN :ids ORDER BY h.startsAt", WarmHandover.class,
                    WarmHandover::getEpisodeId);
            Map<Long, List<ReferrerFeedback>> feedback = byEpisode(em, ids,
                    "SELECT f FROM ReferrerFeedback f WHERE f.episodeId IN :ids ORDER BY f.recordedAt", ReferrerFeedback.class,
                    ReferrerFeedback::getEpisodeId);
            for (Episode episode : episodes) {
                files.add(new EpisodeFile(episode, sources.getOrDefault(episode.getId(), List.of()),
                        meetings.getOrDefault(episode.getId(), List.of()), feedback.getOrDefault(episode.getId(), List.of())));
            }
            if (team) {
                documents = em.createQuery("SELECT d FROM ClientDocument d WHERE d.clientId = :id ORDER BY d.uploadedAt",
                        ClientDocument.class).setParameter("id", clientId).getResultList();
            }
        }
        List<Consent> consents = !team ? List.of() : em.createQuery(
                "SELECT k FROM Consent k WHERE k.clientId = :client ORDER BY k.givenOn DESC, k.id DESC", Consent.class)
                .setParameter("client", clientId).getResultList();
        return new ClientCard(client, seen, team, files, consents, documents);
    }

    /** The rows of {@code jpql} for the episodes {@code :ids}, grouped by episode in the query's order. */
    private static <T> Map<Long, List<T>> byEpisode(EntityManager em, List<Long> ids, String jpql, Class<T> type, Function<T, Long> episode) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(jpql, type).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(episode, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
