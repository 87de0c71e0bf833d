package fi.kykyverkko.surveys.library;

import fi.kykyverkko.kernel.schema.TenantsReady;
import fi.kykyverkko.kernel.tenancy.TenantChanged;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fills every region's library with the templates of its modules: at each start ({@link TenantsReady}, every schema
 * migrated) and when a region is created or its definition changes ({@link TenantChanged}: a module switched on
 * brings its templates). Not demo data: every region gets them. Idempotent, and never stops a start.
 */
@ApplicationScoped
public class TemplateInstallation {

    private static final Logger LOG = Logger.getLogger(TemplateInstallation.class.getName());

    @Inject
    InstrumentLibrary library;

    @Inject
    TenantRegistry registry;

    void onTenantsReady(@Observes TenantsReady ready) {
        registry.all().forEach(tenant -> install(tenant.tenantId()));
    }

    void onTenantChanged(@Observes TenantChanged change) {
        install(change.tenant());
    }

    private void install(TenantId tenant) {
        try {
            int added = library.installTemplates(tenant);
            if (added > 0) {
                LOG.info(() -> added + " instrument templates installed in " + tenant);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Instrument templates of " + tenant + " could not be installed", e);
        }
    }
}
