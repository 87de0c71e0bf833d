package fi.kykyverkko.kernel.batch;

import fi.kykyverkko.kernel.schema.SchemaMigrator;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Brings every registered tenant's schema up to date, including tenants created through the API. */
@Named
public class TenantSchemaMigration extends AbstractBatchlet {

    @Inject
    TenantRegistry registry;

    @Inject
    SchemaMigrator migrator;

    @Override
    public String process() {
        int migrations = 0;
        for (Tenant tenant : registry.all()) {
            migrations += migrator.migrateTenant(tenant.tenantId()).stream().mapToInt(s -> s.applied()).sum();
        }
        return "MIGRATED:" + migrations;
    }
}
