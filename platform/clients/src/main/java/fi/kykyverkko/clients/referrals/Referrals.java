package fi.kykyverkko.clients.referrals;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.clients.Access;
import fi.kykyverkko.clients.clients.ClientAudit;
import fi.kykyverkko.clients.clients.ClientDocument;
import fi.kykyverkko.clients.consent.ClientGate;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.StoredFile;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.exchange.ical.IcsEvent;
import fi.kykyverkko.kernel.exchange.ical.IcsMethod;
import fi.kykyverkko.kernel.exchange.ical.IcsWriter;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An episode's referral: its sources with their letters, the warm handover meeting and its invitation, and the
 * feedback owed to referrers. Episode data: the team changes it, a network member reads it only under a consent
 * covering episodes, and every read and change is audited.
 */
@ApplicationScoped
@Transactional
public class Referrals {

    @Inject
    TenantData data;

    @Inject
    ClientAudit audit;

    @Inject
    ClientGate gate;

    @Inject
    ReferralMail mail;

    /** Adds a source to the episode with its referral letter and attachments (none, one or several files). */
    public ReferralSource addSource(TenantId tenant, Access access, ReferralSource source, List<StoredFile.Incoming> files) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        ReferralSource saved = data.call(tenant, em -> {
            Episode episode = episode(em, source.getEpisodeId());
            if (source.getOrganisationId() != null && em.find(Organisation.class, source.getOrganisationId()) == null) {
                Problems.refuse("organisation", "clients.consent.unknown-organisation");
            }
            ReferralSource stored = TenantStore.write(em, access.user().username(), source);
            em.flush(); // its id, for the files' owner
            for (StoredFile.Incoming file : files) {
                if (file.content().length > 0) {
                    em.persist(new ClientDocument(episode.getClientId(), ClientDocument.Kind.REFERRAL_LETTER, stored.getId(),
                            file.name(), file.type(), file.content(), access.user().username(), Instant.now()));
                }
            }
            return stored;
        });
        audit.record(tenant, access, clientOf(tenant, saved.getEpisodeId()), AuditAction.CREATE, DataCategory.EPISODES);
        return saved;
    }

    /** The sources of the episode, oldest first; none for a reader who may not see the client's episodes. */
    public List<ReferralSource> sourcesOf(TenantId tenant, Access access, long episodeId) {
        return episodeRows(tenant, access, episodeId,
                "SELECT s FROM ReferralSource s WHERE s.episodeId = :id ORDER BY s.referredOn, s.id", ReferralSource.class);
    }

    /** The documents (letters, consent forms) of the client, without their content. */
    public List<ClientDocument> documentsOf(TenantId tenant, Access access, long clientId) {
        return rows(tenant, access, clientId, clientId,
                "SELECT d FROM ClientDocument d WHERE d.clientId = :id ORDER BY d.uploadedAt", ClientDocument.class);
    }

    /** One document's content, for its download; audited as a read of the client's episode data. */
    public Optional<byte[]> documentContent(TenantId tenant, Access access, long documentId) {
        Optional<ClientDocument> document = Optional.ofNullable(data.call(tenant, em -> em.find(ClientDocument.class, documentId)))
                .filter(d -> gate.sees(tenant, access, d.getClientId(), DataCategory.EPISODES));
        document.ifPresent(d -> audit.record(tenant, access, d.getClientId(), AuditAction.READ, DataCategory.EPISODES));
        return document.map(ClientDocument::getContent);
    }

    /**
     * Records the warm handover meeting of the episode and e-mails its invitation (the {@code .ics}, with the
     * organiser as sender and {@code summary} as its title) to every participant with an address.
     */
    public WarmHandover planHandover(TenantId tenant, Access access, WarmHandover meeting, String summary) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        WarmHandover saved = data.call(tenant, em -> {
            episode(em, meeting.getEpisodeId());
            WarmHandover stored = TenantStore.write(em, access.user().username(), meeting);
            em.flush(); // its id names the invitation
            if (ReferralMail.reachesAnyone(stored)) {
                stored.invitationSentTo(mail.inviteToHandover(tenant, access.user(), stored,
                        invitation(tenant, stored, summary, access.user().displayName(), mail.fromAddress())));
            }
            return stored;
        });
        audit.record(tenant, access, clientOf(tenant, saved.getEpisodeId()), AuditAction.CREATE, DataCategory.EPISODES);
        return saved;
    }

    public List<WarmHandover> handoversOf(TenantId tenant, Access access, long episodeId) {
        return episodeRows(tenant, access, episodeId,
                "SELECT h FROM WarmHandover h WHERE h.episodeId = :id ORDER BY h.startsAt", WarmHandover.class);
    }

    /**
     * The meeting's invitation as an iCalendar REQUEST. It names the meeting and its participants, never the client's
     * identity code; {@code summary} is the title the organiser chose (e.g. "Lämmin siirto").
     */
    public byte[] invitation(TenantId tenant, WarmHandover meeting, String summary, String organiserName, String organiserEmail) {
        IcsEvent.Builder event = IcsEvent.builder("warm-handover-" + meeting.getId() + "@" + tenant.value() + ".kykyverkko",
                        meeting.getStartsAt().atZone(IcsWriter.HELSINKI), meeting.getEndsAt().atZone(IcsWriter.HELSINKI))
                .summary(summary).location(meeting.getPlace());
        if (organiserEmail != null) {
            event.organizer(organiserName, organiserEmail);
        }
        meeting.addressedParticipants().forEach(p -> event.attendee(p.name(), p.address()));
        return new IcsWriter().toBytes(IcsMethod.REQUEST, List.of(event.build()));
    }

    public List<ReferrerFeedback> feedbackOf(TenantId tenant, Access access, long episodeId) {
        return episodeRows(tenant, access, episodeId,
                "SELECT f FROM ReferrerFeedback f WHERE f.episodeId = :id ORDER BY f.recordedAt", ReferrerFeedback.class);
    }

    /** Rows about one episode ({@code :id}), as {@link #rows}. */
    private <T> List<T> episodeRows(TenantId tenant, Access access, long episodeId, String jpql, Class<T> type) {
        return rows(tenant, access, clientOf(tenant, episodeId), episodeId, jpql, type);
    }

    /**
     * The one way this service reads: nothing for a reader the gate keeps from the client's episode data, otherwise
     * the rows of {@code jpql} for {@code :id}, audited as a read of the client's episode data before they are returned.
     */
    private <T> List<T> rows(TenantId tenant, Access access, long clientId, long id, String jpql, Class<T> type) {
        if (!gate.sees(tenant, access, clientId, DataCategory.EPISODES)) {
            return List.of();
        }
        List<T> rows = data.call(tenant, em -> em.createQuery(jpql, type).setParameter("id", id).getResultList());
        audit.record(tenant, access, clientId, AuditAction.READ, DataCategory.EPISODES);
        return rows;
    }

    private long clientOf(TenantId tenant, long episodeId) {
        return data.call(tenant, em -> episode(em, episodeId).getClientId());
    }

    private static Episode episode(EntityManager em, long episodeId) {
        return Optional.ofNullable(em.find(Episode.class, episodeId))
                .orElseThrow(() -> new IllegalArgumentException("no such episode in the region"));
    }

}
