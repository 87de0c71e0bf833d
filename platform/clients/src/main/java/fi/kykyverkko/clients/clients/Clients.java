package fi.kykyverkko.clients.clients;

import fi.kykyverkko.clients.episodes.Episode;
import fi.kykyverkko.clients.episodes.Phase;
import fi.kykyverkko.clients.services.ClientService;
import fi.kykyverkko.kernel.audit.AuditAction;
import fi.kykyverkko.kernel.audit.AuditEvent;
import fi.kykyverkko.kernel.audit.AuditLog;
import fi.kykyverkko.kernel.audit.DataCategory;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.People;
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
 * line, an exception or an audit entry. For now any member of the region may use it; roles and consent come with
 * the module's views.
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
    AuditLog audit;

    @Inject
    People people;

    /**
     * Registers {@code client}, identified by {@code code} when one is given. When the code is already registered
     * in the region nothing is created: the client already there is returned as a duplicate, so the person is warned.
     */
    public Registration register(TenantId tenant, Access access, Client client, IdentityCode code) {
        requireMember(tenant, access);
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
        requireMember(tenant, access);
        Optional<Client> found = byLookupKey(tenant, vault.lookupKey(tenant, code));
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
        requireMember(tenant, access);
        String wanted = Problems.clean(text);
        if (wanted == null) {
            return List.of();
        }
        if (IdentityCode.problemWith(wanted) == null) {
            return findByCode(tenant, access, IdentityCode.parse(wanted)).map(List::of).orElse(List.of());
        }
        List<String> words = Arrays.stream(wanted.split("\\s+")).limit(3).toList();
        List<Client> found = data.call(tenant, em -> byNamePrefixes(em, words));
        record(tenant, access, null, AuditAction.SEARCH, DataCategory.IDENTITY_CONTACT);
        return found;
    }

    /** The client by id, audited as a read of identity and contact data. */
    public Optional<Client> find(TenantId tenant, Access access, long clientId) {
        requireMember(tenant, access);
        Optional<Client> found = Optional.ofNullable(data.call(tenant, em -> em.find(Client.class, clientId)));
        found.ifPresent(c -> record(tenant, access, c.getId(), AuditAction.READ, DataCategory.IDENTITY_CONTACT));
        return found;
    }

    /** Every episode of the client, open and ended, oldest first. */
    public List<Episode> episodesOf(TenantId tenant, Access access, long clientId) {
        requireMember(tenant, access);
        List<Episode> episodes = data.call(tenant, em -> em.createQuery(
                        "SELECT e FROM Episode e WHERE e.clientId = :client ORDER BY e.startedOn, e.id", Episode.class)
                .setParameter("client", clientId).getResultList());
        record(tenant, access, clientId, AuditAction.READ, DataCategory.EPISODES);
        return episodes;
    }

    /** Opens an episode of the client in the service (by code) on {@code day}, in the region's first phase. */
    public Episode openEpisode(TenantId tenant, Access access, long clientId, String serviceCode, LocalDate day) {
        requireMember(tenant, access);
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

    /**
     * Applies one business act ({@code e -> e.moveTo("team", day)}) to a stored episode and saves it. A phase must be
     * one of the region's; a responsible person must be one of the region's network people.
     */
    public Episode change(TenantId tenant, Access access, long episodeId, Consumer<Episode> act) {
        requireMember(tenant, access);
        Episode saved = data.call(tenant, em -> {
            Episode episode = Optional.ofNullable(em.find(Episode.class, episodeId))
                    .orElseThrow(() -> new IllegalArgumentException("no such episode in the region"));
            act.accept(episode);
            if (phases(em).stream().noneMatch(p -> p.getCode().equals(episode.getCurrentPhase()))) {
                Problems.refuse("phase", "clients.episode.unknown-phase");
            }
            episode.getResponsiblePersonId().filter(id -> em.find(fi.kykyverkko.networks.people.Person.class, id) == null)
                    .ifPresent(id -> Problems.refuse("responsiblePerson", "clients.episode.unknown-person"));
            return TenantStore.write(em, access.user().username(), episode);
        });
        record(tenant, access, saved.getClientId(), AuditAction.UPDATE, DataCategory.EPISODES);
        return saved;
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

    private static List<Client> byNamePrefixes(EntityManager em, List<String> words) {
        StringBuilder jpql = new StringBuilder("SELECT c FROM Client c WHERE 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND (c.firstName LIKE :w").append(i).append(" ESCAPE '!' OR c.lastName LIKE :w").append(i)
                    .append(" ESCAPE '!' OR c.nickname LIKE :w").append(i).append(" ESCAPE '!')");
        }
        jpql.append(" ORDER BY c.lastName, c.firstName, c.nickname, c.id");
        TypedQuery<Client> query = em.createQuery(jpql.toString(), Client.class).setMaxResults(SEARCH_LIMIT);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter("w" + i, likePrefix(words.get(i)));
        }
        return new ArrayList<>(query.getResultList());
    }

    /** The word as a LIKE prefix, its own wildcards taken literally. */
    static String likePrefix(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private void requireMember(TenantId tenant, Access access) {
        if (!access.user().canUse(tenant)) {
            throw new SecurityException("not a member of the region");
        }
    }

    private void record(TenantId tenant, Access access, Long clientId, AuditAction action, DataCategory category) {
        String organisation = people.organisationOf(tenant, access.user().username()).map(Organisation::getCode).orElse(null);
        AuditEvent.Builder event = AuditEvent.in(tenant).by(access.user(), organisation).did(action, category)
                .through(access.channel(), access.location()).purpose(access.purpose());
        if (clientId != null) {
            event.subject(clientId);
        }
        audit.record(event.build());
    }
}
