package fi.kykyverkko.kernel.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import fi.kykyverkko.kernel.persistence.PortalPersistence;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Reads the platform's tenant registry. Writing is {@link TenantProvisioner}'s job. */
@ApplicationScoped
@Transactional
public class TenantRegistry {

    @Inject
    PortalPersistence persistence;

    public List<Tenant> all() {
        return persistence.platform().createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList();
    }

    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(persistence.platform().find(Tenant.class, id.value()));
    }

    /** @throws UnknownTenantException when the tenant does not exist */
    public Tenant require(TenantId id) {
        return find(id).orElseThrow(() -> new UnknownTenantException(id));
    }
}
