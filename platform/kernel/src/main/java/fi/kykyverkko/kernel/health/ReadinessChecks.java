package fi.kykyverkko.kernel.health;

import fi.kykyverkko.kernel.schema.SchemaMigrator;
import fi.kykyverkko.kernel.schema.SchemaMigrator.ModuleSchemaState;
import fi.kykyverkko.kernel.schema.StartupState;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * MicroProfile Health: {@code /health/live} says the process works; {@code /health/ready} says the
 * database is reachable, the platform schema and every tenant schema are fully migrated, and Keycloak answers.
 */
@ApplicationScoped
public class ReadinessChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Inject
    StartupState state;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantRegistry registry;

    @Inject
    @ConfigProperty(name = "kyky.keycloak.url")
    Optional<String> keycloakUrl;

    @Inject
    @ConfigProperty(name = "kyky.keycloak.realm", defaultValue = "kykyverkko")
    String realm;

    @Produces
    @Liveness
    HealthCheck live() {
        return () -> HealthCheckResponse.named("portal").up().build();
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("database-and-schemas");
            if (!state.isReady()) {
                return response.down().withData("startup", state.detail()).build();
            }
            try {
                boolean up = migrator.pendingPlatformMigrations() == 0;
                response.withData("platform", up ? "up to date" : "pending migrations");
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
        };
    }

    @Produces
    @Readiness
    HealthCheck keycloak() {
        return () -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named("keycloak");
            if (keycloakUrl.isEmpty()) {
                return response.down().withData("error", "kyky.keycloak.url (KYKY_KEYCLOAK_URL) is not set").build();
            }
            String discovery = keycloakUrl.get().replaceAll("/+$", "") + "/realms/" + realm + "/.well-known/openid-configuration";
            response.withData("url", discovery);
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(URI.create(discovery))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                return answer.statusCode() == 200 ? response.up().build()
                        : response.down().withData("error", "realm answered HTTP " + answer.statusCode()).build();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return response.down().withData("error", "Keycloak is not reachable: " + e).build();
            }
        };
    }
}
