package fi.kykyverkko.kernel.schema;

import fi.kykyverkko.kernel.module.ModuleRegistry;
import fi.kykyverkko.kernel.module.PortalModule;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs Flyway migrations: the platform schema, and in every tenant schema one history per module
 * ({@code flyway_history_<module>}), so modules version their tables independently.
 * DDL cannot run inside JTA transactions, hence NOT_SUPPORTED.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class SchemaMigrator {

    public static final String PLATFORM_SCHEMA = "platform";
    private static final String PLATFORM_LOCATION = "db/platform";
    /** The audit log's own schema: outside tenant_%, so its grants can leave out UPDATE and DELETE. */
    public static final String AUDIT_SCHEMA = "kyky_audit";
    private static final String AUDIT_LOCATION = "db/audit";

    /** One module's state in one schema after migrating or checking. */
    public record ModuleSchemaState(String schema, String module, String version, int applied, int pending) {
    }

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    @Inject
    ModuleRegistry modules;

    public ModuleSchemaState migratePlatform() {
        MigrateResult result = flyway(SchemaMigrator.class.getClassLoader(), PLATFORM_SCHEMA, "flyway_history", PLATFORM_LOCATION).migrate();
        return new ModuleSchemaState(PLATFORM_SCHEMA, "platform", result.targetSchemaVersion, result.migrationsExecuted, 0);
    }

    /**
     * Brings the audit log's table up to date. The portal user may only create tables and indexes there, so
     * these migrations add, never alter or drop (platform/kernel/README.md, "Audit log").
     */
    public ModuleSchemaState migrateAudit() {
        MigrateResult result = auditFlyway().migrate();
        return new ModuleSchemaState(AUDIT_SCHEMA, "audit", result.targetSchemaVersion, result.migrationsExecuted, 0);
    }

    public int pendingAuditMigrations() {
        return auditFlyway().info().pending().length;
    }

    /** Creates the tenant's schema if needed and brings every installed module's tables up to date. */
    public List<ModuleSchemaState> migrateTenant(TenantId tenant) {
        List<ModuleSchemaState> states = new ArrayList<>();
        for (PortalModule module : modules.all()) {
            if (module.tenantMigrations() == null) {
                continue;
            }
            MigrateResult result = tenantFlyway(tenant, module).migrate();
            states.add(new ModuleSchemaState(tenant.schema(), module.id(),
                    result.targetSchemaVersion == null ? currentVersion(tenant, module) : result.targetSchemaVersion,
                    result.migrationsExecuted, 0));
        }
        return states;
    }

    /** Reads, without changing anything, how far each module's tables in the tenant's schema are. */
    public List<ModuleSchemaState> checkTenant(TenantId tenant) {
        List<ModuleSchemaState> states = new ArrayList<>();
        for (PortalModule module : modules.all()) {
            if (module.tenantMigrations() == null) {
                continue;
            }
            var info = tenantFlyway(tenant, module).info();
            MigrationInfo current = info.current();
            states.add(new ModuleSchemaState(tenant.schema(), module.id(),
                    current == null ? null : current.getVersion().getVersion(),
                    info.applied().length, info.pending().length));
        }
        return states;
    }

    public int pendingPlatformMigrations() {
        return flyway(SchemaMigrator.class.getClassLoader(), PLATFORM_SCHEMA, "flyway_history", PLATFORM_LOCATION).info().pending().length;
    }

    private Flyway auditFlyway() {
        return flyway(SchemaMigrator.class.getClassLoader(), AUDIT_SCHEMA, "flyway_history", AUDIT_LOCATION);
    }

    private String currentVersion(TenantId tenant, PortalModule module) {
        MigrationInfo current = tenantFlyway(tenant, module).info().current();
        return current == null ? null : current.getVersion().getVersion();
    }

    private Flyway tenantFlyway(TenantId tenant, PortalModule module) {
        // the module's own class loader finds the migrations in the module's jar
        return flyway(module.getClass().getClassLoader(), tenant.schema(), "flyway_history_" + module.id().replace('-', '_'), module.tenantMigrations());
    }

    private Flyway flyway(ClassLoader loader, String schema, String historyTable, String location) {
        return Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(historyTable)
                .locations("classpath:" + location)
                // a schema shared by several modules is not empty when the second module first migrates
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load();
    }
}
