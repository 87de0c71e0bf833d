package fi.kykyverkko.clients.clients;

import fi.kykyverkko.clients.ClientRoles;
import fi.kykyverkko.clients.caseloads.CaseloadCheck;
import fi.kykyverkko.clients.caseloads.CaseloadOverride;
import fi.kykyverkko.clients.consent.ClientGate;
import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.referrals.ReferralSource;
import fi.kykyverkko.clients.referrals.ReferrerFeedback;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The region's clients and their episodes. Every read and change writes an audit entry naming the reader
 * ({@link Access}) before the data are returned; when the entry cannot be written the call fails and nothing is
 * returned. Identity codes are reached only through the vault's lookup key and never appear in a query text, a log
 * line, an exception or an audit entry. Reads pass the consent gate ({@link ClientGate}): a client the reader may not
 * see is answered as one who does not exist. Only the region's team changes anything ({@link ClientRoles#TEAM}).
 */
@ApplicationScoped
@Transactional
public class Clients {

    /** A name search answers at most this many clients: enough to pick from, never a list of the whole region. */
    public static final int SEARCH_LIMIT = 50;

    @Inject
    TenantData data;

    @Inject
    IdentityCodeVault vault;

    @Inject
    ClientAudit audit;

    @Inject
    ClientGate gate;

    @Inject
    fi.kykyverkko.clients.referrals.ReferralMail referralMail;

    /**
     * Registers {@code client}, identified by {@code code} when one is given. When the code is already registered
     * in the region nothing is created: the client already there is returned as a duplicate, so the person is warned.
     */
    public Registration register(TenantId tenant, Access access, Client client, IdentityCode code) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        if (client.getId() != null) {
            throw new IllegalArgumentException("the client is registered already");
        }
        if (code != null) {
            Optional<Client> existing = byLookupKey(tenant, vault.lookupKey(tenant, code));
            if (existing.isPresent()) {
                record(tenant, access, existing.get().getId(), AuditAction.READ, DataCategory.IDENTITY_CONTACT);
                return new Registration(existing.get(), true);
            }
            client.identifyAs(code, tenant, vault);
        }
        Client saved = data.call(tenant, em -> TenantStore.write(em, access.user().username(), client));
        record(tenant, access, saved.getId(), AuditAction.CREATE, DataCategory.IDENTITY_CONTACT);
        return new Registration(saved, false);
    }

    /** The client with this code in the region, found by its lookup key; the attempt is audited either way. */
    public Optional<Client> findByCode(TenantId tenant, Access access, IdentityCode code) {
        requireReader(tenant, access);
        Optional<Client> found = byLookupKey(tenant, vault.lookupKey(tenant, code))
                .filter(c -> gate.sees(tenant, access, c.getId(), DataCategory.IDENTITY_CONTACT));
        if (found.isPresent()) {
            record(tenant, access, found.get().getId(), AuditAction.READ, DataCategory.IDENTITY_CONTACT);
        } else {
            record(tenant, access, null, AuditAction.SEARCH, DataCategory.IDENTITY_CONTACT);
        }
        return found;
    }

    /**
     * Clients whose first name, last name or nickname starts with each word of {@code text}, ignoring case (the
     * columns' collation), ordered by name, at most {@link #SEARCH_LIMIT}. A complete identity code typed into
     * the search is looked up as a code instead, so it never goes into a LIKE query. One audit entry per search.
     */
    public List<Client> search(TenantId tenant, Access access, String text) {
        requireReader(tenant, access);
        String wanted = Problems.clean(text);
        ClientGate.Sight sight = gate.sightOf(tenant, access);
        if (wanted == null || sight.nothing()) {
            return List.of();
        }
        if (IdentityCode.problemWith(wanted) == null) {
            return findByCode(tenant, access, IdentityCode.parse(wanted)).map(List::of).orElse(List.of());
        }
        List<String> words = Arrays.stream(wanted.split("\\s+")).limit(3).toList();
        List<Client> found = data.call(tenant, em -> byNamePrefixes(em, words, sight));
        record(tenant, access, null, AuditAction.SEARCH, DataCategory.IDENTITY_CONTACT);
        return found;
    }

    /** The client by id, audited as a read of identity and contact data. */
    public Optional<Client> find(TenantId tenant, Access access, long clientId) {
        requireReader(tenant, access);
        if (!gate.sees(tenant, access, clientId, DataCategory.IDENTITY_CONTACT)) {
            return Optional.empty();
        }
        Optional<Client> found = Optional.ofNullable(data.call(tenant, em -> em.find(Client.class, clientId)));
        found.ifPresent(c -> record(tenant, access, c.getId(), AuditAction.READ, DataCategory.IDENTITY_CONTACT));
        return found;
    }

    /** Every episode of the client, open and ended, oldest first; none for a reader whose consent does not cover them. */
    public List<Episode> episodesOf(TenantId tenant, Access access, long clientId) {
        requireReader(tenant, access);
        if (!gate.sees(tenant, access, clientId, DataCategory.EPISODES)) {
            return List.of();
        }
        List<Episode> episodes = data.call(tenant, em -> em.createQuery(
                        "SELECT e FROM Episode e WHERE e.clientId = :client ORDER BY e.startedOn, e.id", Episode.class)
                .setParameter("client", clientId).getResultList());
        record(tenant, access, clientId, AuditAction.READ, DataCategory.EPISODES);
        return episodes;
    }

    /** Opens an episode of the client in the service (by code) on {@code day}, in the region's first phase. */
    public Episode openEpisode(TenantId tenant, Access access, long clientId, String serviceCode, LocalDate day) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        Episode saved = data.call(tenant, em -> {
            if (em.find(Client.class, clientId) == null) {
                throw new IllegalArgumentException("no such client in the region");
            }
            ClientService service = TenantStore.byCode(em, ClientService.class, serviceCode).filter(ClientService::isActive)
                    .orElseThrow(() -> new InvalidInputException(new Problems().add("service", "clients.episode.unknown-service")));
            String first = phases(em).stream().filter(p -> !p.ends()).findFirst().map(Phase::getCode)
                    .orElseThrow(() -> new IllegalStateException("the region has no clienthood phases"));
            return TenantStore.write(em, access.user().username(), Episode.open(clientId, service.getId(), day, first));
        });
        record(tenant, access, clientId, AuditAction.CREATE, DataCategory.EPISODES);
        return saved;
    }

    /** Saves changed details (name, contacts, language, close person) of a registered client. */
    public Client update(TenantId tenant, Access access, Client client) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        if (client.getId() == null) {
            throw new IllegalArgumentException("register the client first");
        }
        Client saved = data.call(tenant, em -> TenantStore.write(em, access.user().username(), client));
        audit.record(tenant, access, saved.getId(), AuditAction.UPDATE, DataCategory.IDENTITY_CONTACT);
        return saved;
    }

    /**
     * Applies one business act ({@code e -> e.moveTo("team", day)}) to a stored episode and saves it. A phase must be
     * one of the region's; a responsible person must be one of the region's network people, and may not go over the
     * service's caseload cap. A phase change or an end records feedback for every referrer with an address.
     */
    public Episode change(TenantId tenant, Access access, long episodeId, Consumer<Episode> act) {
        return change(tenant, access, episodeId, act, null);
    }

    /**
     * As {@link #change(TenantId, Access, long, Consumer)}; a manager's {@code capOverrideReason} lets a new
     * responsible person go over the cap, and the override is recorded with the reason.
     */
    public Episode change(TenantId tenant, Access access, long episodeId, Consumer<Episode> act, String capOverrideReason) {
        ClientRoles.requireTeam(access.user(), tenant, access.emergency());
        String overrideReason = Problems.clean(capOverrideReason);
        if (overrideReason != null && !ClientRoles.isManager(access.user(), tenant)) {
            throw new SecurityException("only a manager overrides a caseload cap");
        }
        Episode saved = data.call(tenant, em -> {
            Episode episode = Optional.ofNullable(em.find(Episode.class, episodeId))
                    .orElseThrow(() -> new IllegalArgumentException("no such episode in the region"));
            String phaseBefore = episode.getCurrentPhase();
            Optional<Long> responsibleBefore = episode.getResponsiblePersonId();
            act.accept(episode);
            if (phases(em).stream().noneMatch(p -> p.getCode().equals(episode.getCurrentPhase()))) {
                Problems.refuse("phase", "clients.episode.unknown-phase");
            }
            Optional<Long> responsible = episode.getResponsiblePersonId();
            responsible.filter(id -> em.find(fi.kykyverkko.networks.people.Person.class, id) == null)
                    .ifPresent(id -> Problems.refuse("responsiblePerson", "clients.episode.unknown-person"));
            if (responsible.isPresent() && !responsible.equals(responsibleBefore) && !episode.isEnded()) {
                checkCap(em, access, episode, responsible.get(), overrideReason);
            }
            Episode stored = TenantStore.write(em, access.user().username(), episode);
            if (!stored.getCurrentPhase().equals(phaseBefore)) {
                owedFeedback(em, tenant, access.user().username(), stored);
            }
            return stored;
        });
        audit.record(tenant, access, saved.getClientId(), AuditAction.UPDATE, DataCategory.EPISODES);
        return saved;
    }

    /** What one more episode would do to {@code personId}'s caseload in the service. */
    public CaseloadCheck caseloadOf(TenantId tenant, long personId, long serviceId) {
        return data.call(tenant, em -> caseload(em, personId, serviceId, null));
    }

    private static CaseloadCheck caseload(EntityManager em, long personId, long serviceId, Long besides) {
        long open = em.createQuery("SELECT COUNT(e) FROM Episode e WHERE e.responsiblePersonId = :person AND e.serviceId = :service"
                        + " AND e.endedOn IS NULL AND e.id <> :besides", Long.class)
                .setParameter("person", personId).setParameter("service", serviceId)
                .setParameter("besides", besides == null ? -1L : besides).getSingleResult();
        ClientService service = em.find(ClientService.class, serviceId);
        return new CaseloadCheck(open, service == null ? Optional.empty() : service.getCaseloadCap());
    }

    private static void checkCap(EntityManager em, Access access, Episode episode, long personId, String overrideReason) {
        CaseloadCheck check = caseload(em, personId, episode.getServiceId(), episode.getId());
        if (check.withOneMore() != CaseloadCheck.Outcome.OVER_CAP) {
            return;
        }
        if (overrideReason == null) {
            Problems.refuse("responsiblePerson", "clients.caseload.over-cap", check.open(), check.cap().orElseThrow());
        }
        em.persist(new CaseloadOverride(episode.getId(), personId, check, overrideReason, access.user().username(), java.time.Instant.now()));
    }

    /** Records and e-mails the feedback every referrer with an address is owed for the episode's new phase. */
    private void owedFeedback(EntityManager em, TenantId tenant, String queuedBy, Episode episode) {
        List<ReferralSource> sources = em.createQuery("SELECT s FROM ReferralSource s WHERE s.episodeId = :episode", ReferralSource.class)
                .setParameter("episode", episode.getId()).getResultList();
        LocalDate day = episode.getPhases().get(episode.getPhases().size() - 1).enteredOn();
        java.time.Instant now = java.time.Instant.now();
        for (ReferralSource source : sources) {
            if (source.wantsFeedback()) {
                ReferrerFeedback feedback = new ReferrerFeedback(source, episode.getCurrentPhase(),
                        episode.getEndReason() == null ? null : episode.getEndReason().name(), day, now);
                em.persist(feedback);
                referralMail.sendFeedback(tenant, queuedBy, source, feedback, serviceName(em, episode), phaseName(em, episode), now);
            }
        }
    }

    private static String serviceName(EntityManager em, Episode episode) {
        return Optional.ofNullable(em.find(ClientService.class, episode.getServiceId())).map(s -> s.getName().fi())
                .orElse("");
    }

    /** The phase's Finnish name, and for an end its reason (the texts the team sees). */
    private static String phaseName(EntityManager em, Episode episode) {
        String phase = phases(em).stream().filter(p -> p.getCode().equals(episode.getCurrentPhase())).findFirst()
                .map(p -> p.getName().fi()).orElse(episode.getCurrentPhase());
        return episode.getEndReason() == null ? phase : phase + " ("
                + java.util.ResourceBundle.getBundle("i18n.clients", java.util.Locale.forLanguageTag("fi"),
                        java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                        .getString(episode.getEndReason().labelKey()) + ")";
    }

    /** The region's services, active and retired, by code. Not client data: no audit. */
    public List<ClientService> services(TenantId tenant) {
        return data.call(tenant, em -> em.createQuery("SELECT s FROM ClientService s ORDER BY s.code", ClientService.class).getResultList());
    }

    /** The region's clienthood phases in their order. */
    public List<Phase> phases(TenantId tenant) {
        return data.call(tenant, Clients::phases);
    }

    private static List<Phase> phases(EntityManager em) {
        return em.createQuery("SELECT p FROM Phase p ORDER BY p.position, p.id", Phase.class).getResultList();
    }

    private Optional<Client> byLookupKey(TenantId tenant, byte[] key) {
        return data.call(tenant, em -> em.createQuery("SELECT c FROM Client c WHERE c.identityLookup = :key", Client.class)
                .setParameter("key", key).getResultStream().findFirst());
    }

    private static List<Client> byNamePrefixes(EntityManager em, List<String> words, ClientGate.Sight sight) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Client c WHERE c.anonymisedAt IS NULL");
        if (!sight.everything()) {
            jpql.append(" AND ").append(ClientGate.CONSENTED);
        }
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND (c.firstName LIKE :w").append(i).append(" ESCAPE '!' OR c.lastName LIKE :w").append(i)
                    .append(" ESCAPE '!' OR c.nickname LIKE :w").append(i).append(" ESCAPE '!')");
        }
        jpql.append(" ORDER BY c.lastName, c.firstName, c.nickname, c.id");
        TypedQuery<Client> query = em.createQuery(jpql.toString(), Client.class).setMaxResults(SEARCH_LIMIT);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, likePrefix(words.get(i)));
        }
        if (!sight.everything()) {
            query.setParameter("gateOrg", sight.organisationId()).setParameter("gateDay", PortalTime.today());
        }
        return new ArrayList<>(query.getResultList());
    }

    /** The word as a LIKE prefix, its own wildcards taken literally. */
    static String likePrefix(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private void requireReader(TenantId tenant, Access access) {
        if (!ClientRoles.canRead(access.user(), tenant)) {
            throw new SecurityException("no role to read the region's clients");
        }
    }


    private void record(TenantId tenant, Access access, Long clientId, AuditAction action, DataCategory category) {
        audit.record(tenant, access, clientId, action, category);
    }
}
