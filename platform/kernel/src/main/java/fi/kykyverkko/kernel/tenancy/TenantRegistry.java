package fi.kykyverkko.kernel.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the platform's tenant registry. Writing is {@link TenantProvisioner}'s job. */
@ApplicationScoped
public class TenantRegistry {

    @PersistenceContext(unitName = "kykyverkko")
    EntityManager em;

    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.id", Tenant.class).getResultList();
    }

    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.value()));
    }

    /** @throws UnknownTenantException when the tenant does not exist */
    public Tenant require(TenantId id) {
        return find(id).orElseThrow(() -> new UnknownTenantException(id));
    }
}
