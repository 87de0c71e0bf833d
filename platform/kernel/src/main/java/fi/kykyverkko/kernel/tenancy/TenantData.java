package fi.kykyverkko.kernel.tenancy;

import fi.kykyverkko.kernel.persistence.PortalPersistence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The only way to reach a region's data. Every call names the tenant; the EntityManager it hands out
 * sends SQL to that tenant's schema only (EclipseLink TABLE_PER_TENANT with a SCHEMA discriminator).
 * A tenant entity used through any other EntityManager has no schema and fails instead of guessing.
 */
@ApplicationScoped
public class TenantData {

    /** The EclipseLink context property every tenant entity's {@code @TenantTableDiscriminator} names. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @Inject
    PortalPersistence persistence;

    @Inject
    TenantRegistry registry;

    /** Runs {@code work} against {@code tenant}'s schema, in the caller's transaction or a new one. */
    @Transactional
    public <R> R call(TenantId tenant, Function<EntityManager, R> work) {
        Tenant known = registry.require(tenant);
        EntityManager em = persistence.tenant(TENANT_PROPERTY, known.schemaName());
        R result = work.apply(em);
        em.flush();
        return result;
    }

    @Transactional
    public void run(TenantId tenant, Consumer<EntityManager> work) {
        call(tenant, em -> {
            work.accept(em);
            return null;
        });
    }
}
