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

    /**
     * A stalled database (issue 17: MariaDB stopped with SIGSTOP) must not stall readiness. The public check asks the
     * database only for {@code SELECT 1}, on a thread of its own, and waits {@link #PROBE_LIMIT_MS} for it, then
     * reports DOWN; the full state of every schema (Flyway's view of each module in each tenant, seconds on a busy
     * machine) is computed in the background, at most every {@link #SCHEMAS_MAX_AGE_MS}, and the last result counts.
     * One probe and one schema check at a time: later calls wait for the running one instead of piling up threads.
     */
    static final long PROBE_LIMIT_MS = 3000;
    static final long SCHEMAS_MAX_AGE_MS = 30_000;
    /** The details for platform admins are computed afresh, but never wait longer than this. */
    static final long DETAILS_LIMIT_MS = 60_000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ReadinessChecks.class.getName());

    /**
     * Plain daemon threads, not the container's ManagedExecutorService: Payara calls the health checks outside the
     * application's component context, where a managed executor refuses tasks (the checks ran on Payara's thread
     * before, so they need no context). At most three run at once ({@link Bounded}).
     */
    private final java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kykyverkko-readiness");
        t.setDaemon(true);
        return t;
    });

    @jakarta.annotation.Resource(lookup = "jdbc/kykyverkko")
    javax.sql.DataSource dataSource;

    private final Bounded probe = new Bounded();
    private final Bounded schemas = new Bounded();
    private final Bounded details = new Bounded();
    private volatile HealthCheckResponse lastSchemas;
    private volatile long lastSchemasAt;
    private volatile boolean databaseStalled;

    @jakarta.annotation.PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @Produces
    @Liveness
    HealthCheck live() {
        return () -> HealthCheckResponse.named("portal").up().build();
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> statusOnly(databaseStatus());
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

    /** The public check: started, the database answers within {@link #PROBE_LIMIT_MS}, the schemas last seen up to date. */
    HealthCheckResponse databaseStatus() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database-and-schemas");
        if (!state.isReady()) {
            return response.down().withData("startup", state.detail()).build();
        }
        HealthCheckResponse answered = probe.get(executor, this::probeDatabase, PROBE_LIMIT_MS);
        if (answered == null) {
            if (!databaseStalled) {
                databaseStalled = true;
                LOG.warning(() -> "The database did not answer the readiness check within " + PROBE_LIMIT_MS
                        + " ms: reported DOWN until it does (statements wait at most the JDBC URL's socketTimeout)");
            }
            return response.down().withData("error", "the database did not answer within " + PROBE_LIMIT_MS + " ms").build();
        }
        if (databaseStalled && answered.getStatus() == HealthCheckResponse.Status.UP) {
            databaseStalled = false;
            LOG.info("The database answers the readiness check again");
        }
        if (answered.getStatus() != HealthCheckResponse.Status.UP) {
            return answered;
        }
        HealthCheckResponse last = lastSchemas;
        if (last == null || last.getStatus() != HealthCheckResponse.Status.UP
                || System.currentTimeMillis() - lastSchemasAt > SCHEMAS_MAX_AGE_MS) {
            schemas.get(executor, this::databaseReportNow, 0); // refreshes in the background
        }
        // before the first full check: the bootstrap migrated every schema before it said READY
        return last == null ? response.up().build() : last;
    }

    /** Every schema's state, for platform admins (bounded too, so an admin's call does not hang on a stalled database). */
    HealthCheckResponse databaseReport() {
        if (!state.isReady()) {
            return HealthCheckResponse.named("database-and-schemas").down().withData("startup", state.detail()).build();
        }
        HealthCheckResponse report = details.get(executor, this::databaseReportNow, DETAILS_LIMIT_MS);
        return report != null ? report : HealthCheckResponse.named("database-and-schemas").down()
                .withData("error", "the database did not answer within " + DETAILS_LIMIT_MS + " ms").build();
    }

    private HealthCheckResponse probeDatabase() {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            return HealthCheckResponse.named("database-and-schemas").up().build();
        } catch (java.sql.SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database-and-schemas").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    /** One task at a time; {@link #get} waits for the running one (or a new one) up to a limit. */
    private static final class Bounded {
        private java.util.concurrent.Future<HealthCheckResponse> running;

        /** The task's answer, or null when it did not finish within {@code limitMs} (0: do not wait). */
        HealthCheckResponse get(java.util.concurrent.ExecutorService executor,
                java.util.concurrent.Callable<HealthCheckResponse> task, long limitMs) {
            java.util.concurrent.Future<HealthCheckResponse> future;
            synchronized (this) {
                if (running == null || running.isDone()) {
                    running = executor.submit(task);
                }
                future = running;
            }
            if (limitMs <= 0) {
                return null;
            }
            try {
                return future.get(limitMs, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return null;
            } catch (java.util.concurrent.ExecutionException e) {
                return HealthCheckResponse.named("database-and-schemas").down().withData("error", String.valueOf(e.getCause())).build();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return HealthCheckResponse.named("database-and-schemas").down().withData("error", "interrupted").build();
            }
        }
    }

    private HealthCheckResponse databaseReportNow() {
        HealthCheckResponse report = computeSchemas();
        lastSchemas = report;
        lastSchemasAt = System.currentTimeMillis();
        return report;
    }

    private HealthCheckResponse computeSchemas() {
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
