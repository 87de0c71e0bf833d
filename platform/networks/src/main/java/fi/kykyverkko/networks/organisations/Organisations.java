package fi.kykyverkko.networks.organisations;

import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.kernel.domain.FinnishCollation;
import fi.kykyverkko.kernel.domain.TenantStore;
import fi.kykyverkko.networks.people.People;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The organisations of a region's network. */
@ApplicationScoped
public class Organisations {

    @Inject
    TenantData data;

    @Inject
    People people;

    private TenantStore<Organisation> store;

    @PostConstruct
    void init() {
        store = new TenantStore<>(data, Organisation.class);
    }

    public List<Organisation> list(TenantId tenant) {
        return FinnishCollation.sort(store.all(tenant), Organisation::getNameFi);
    }

    public Optional<Organisation> find(TenantId tenant, long id) {
        return store.find(tenant, id);
    }

    public Optional<Organisation> byCode(TenantId tenant, String code) {
        return store.byCode(tenant, code);
    }

    /** Staff edit every organisation; a network member edits their own. */
    public boolean canEdit(PortalUser user, TenantId tenant, Organisation organisation) {
        if (NetworkAccess.canEditAll(user, tenant)) {
            return true;
        }
        return organisation.getId() != null && NetworkAccess.isNetworkMember(user, tenant)
                && people.organisationOf(tenant, user.username()).map(Organisation::getId)
                        .filter(own -> Objects.equals(own, organisation.getId())).isPresent();
    }

    public Organisation save(TenantId tenant, PortalUser actor, Organisation organisation) {
        NetworkAccess.require(canEdit(actor, tenant, organisation));
        return store.save(tenant, actor.username(), organisation);
    }

}
