package fi.kykyverkko.networks.catalogue;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.people.People;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The region's service catalogue. Searching reads the region's entries and filters them in memory: a region's
 * catalogue is hundreds of entries, and matching every word against names, descriptions and keywords in all
 * three languages is simpler and more forgiving than SQL. The cost of the filtering is measured by
 * {@code CatalogueSearchBenchmark} (module README).
 */
@ApplicationScoped
public class Catalogue {

    @Inject
    TenantData data;

    @Inject
    People people;

    private TenantStore<CatalogueService> store;

    @PostConstruct
    void init() {
        store = new TenantStore<>(data, CatalogueService.class);
    }

    public List<CatalogueService> search(TenantId tenant, CatalogueQuery query) {
        return query.select(store.all(tenant));
    }

    public Optional<CatalogueService> find(TenantId tenant, long id) {
        return store.find(tenant, id);
    }

    public Optional<CatalogueService> byCode(TenantId tenant, String code) {
        return store.byCode(tenant, code);
    }

    /** Staff edit every entry; a network member edits their own organisation's entries, and only keeps them there. */
    public boolean canEdit(PortalUser user, TenantId tenant, CatalogueService service) {
        if (NetworkAccess.canEditAll(user, tenant)) {
            return true;
        }
        if (!NetworkAccess.isNetworkMember(user, tenant)) {
            return false;
        }
        Optional<Long> own = people.organisationOf(tenant, user.username()).map(Organisation::getId);
        if (own.isEmpty() || service.getOrganisation() == null || !Objects.equals(own.get(), service.getOrganisation().getId())) {
            return false;
        }
        return service.getId() == null || find(tenant, service.getId())
                .map(stored -> Objects.equals(own.get(), stored.getOrganisation().getId())).orElse(false);
    }

    public CatalogueService save(TenantId tenant, PortalUser actor, CatalogueService service) {
        NetworkAccess.require(canEdit(actor, tenant, service));
        service.markReviewed(PortalTime.today()); // whoever saves the entry has looked at it
        return store.save(tenant, actor.username(), service);
    }

    /** Confirms an entry is still right without changing it. */
    public CatalogueService markReviewed(TenantId tenant, PortalUser actor, long id) {
        CatalogueService service = find(tenant, id).orElseThrow();
        return save(tenant, actor, service); // save marks it reviewed today
    }

    public List<CatalogueService> needingReview(TenantId tenant) {
        return search(tenant, CatalogueQuery.ALL).stream().filter(s -> s.needsReview(PortalTime.today())).toList();
    }

    /** The entries a person maintains: their organisation's, for a network member. */
    public List<CatalogueService> maintainedBy(TenantId tenant, String username) {
        Optional<Long> own = people.organisationOf(tenant, username).map(Organisation::getId);
        return own.map(id -> search(tenant, CatalogueQuery.ALL).stream()
                .filter(s -> id.equals(s.getOrganisation().getId())).toList()).orElse(List.of());
    }
}
