package fi.kykyverkko.kernel.health;

import fi.kykyverkko.kernel.schema.SchemaMigrator;
import fi.kykyverkko.kernel.schema.SchemaMigrator.ModuleSchemaState;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health: {@code /health/live} says the process works; {@code /health/ready} says the
 * database is reachable, the platform schema and every tenant schema are fully migrated, and Keycloak answers.
 * <p>
 * Both are anonymous, so they answer with each check's name and status only (HTTP 200 when all are UP, 503
 * otherwise): schema names, module versions, database and Keycloak addresses and the reason a part is down are
 * for platform admins, at {@code GET /api/platform/health} ({@link PlatformHealthResource}), and in the log.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Inject
    StartupState state;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantRegistry registry;

    @Inject
    KeycloakProbe keycloak;

    @Inject
    fi.kykyverkko.kernel.mail.MailConfiguration mail;

    @Produces
    @Liveness
    HealthCheck live() {
        return () -> HealthCheckResponse.named("portal").up().build();
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> statusOnly(databaseReport());
    }

    @Produces
    @Readiness
    HealthCheck keycloak() {
        return () -> statusOnly(keycloakReport());
    }

    /** Always up: without an SMTP server e-mail waits in the outbox; the details say whether it is configured. */
    @Produces
    @Readiness
    HealthCheck mail() {
        return () -> statusOnly(mailReport());
    }

    /** Every readiness check with its details: for platform admins only. */
    public java.util.List<HealthCheckResponse> detailed() {
        return java.util.List.of(databaseReport(), keycloakReport(), mailReport());
    }

    private static HealthCheckResponse statusOnly(HealthCheckResponse detailed) {
        return HealthCheckResponse.named(detailed.getName()).status(detailed.getStatus() == HealthCheckResponse.Status.UP).build();
    }

    HealthCheckResponse databaseReport() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database-and-schemas");
        if (!state.isReady()) {
            return response.down().withData("startup", state.detail()).build();
        }
        try {
            boolean up = migrator.pendingPlatformMigrations() == 0;
            response.withData("platform", up ? "up to date" : "pending migrations");
            boolean auditUp = migrator.pendingAuditMigrations() == 0;
            response.withData("audit", auditUp ? "up to date" : "pending migrations");
            up &= auditUp;
            for (Tenant tenant : registry.all()) {
                int pending = 0;
                StringBuilder versions = new StringBuilder();
                for (ModuleSchemaState s : migrator.checkTenant(tenant.tenantId())) {
                    pending += s.pending();
                    versions.append(versions.isEmpty() ? "" : ", ").append(s.module()).append(" v").append(s.version());
                }
                up &= pending == 0;
                response.withData(tenant.schemaName(), pending == 0 ? "up to date (" + versions + ")" : pending + " pending migrations");
            }
            return response.status(up).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    HealthCheckResponse keycloakReport() {
        String problem = keycloak.problem();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("keycloak").withData("url", keycloak.discoveryUrl());
        if (problem != null) {
            return response.down().withData("error", problem).build();
        }
        return state.identitySynced() ? response.up().build()
                : response.down().withData("status", "setting up the regions' member and role groups").build();
    }

    HealthCheckResponse mailReport() {
        return HealthCheckResponse.named("mail").up().withData("smtp", mail.describe()).build();
    }
}
