package fi.kykyverkko.kernel.schema;

import fi.kykyverkko.kernel.health.KeycloakProbe;
import fi.kykyverkko.kernel.identity.DemoUsers;
import fi.kykyverkko.kernel.identity.TenantIdentitySync;
import fi.kykyverkko.kernel.schema.StartupState.Phase;
import fi.kykyverkko.kernel.tenancy.TenantDefinitionFiles;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the portal up without blocking deployment: waits for MariaDB (retrying, saying what is missing),
 * migrates the platform schema, applies the tenant definition files and migrates every tenant schema.
 * Until it is done, readiness is DOWN and the UI says what it is waiting for.
 */
@Singleton
@Startup
public class PlatformBootstrap {

    private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());
    private static final long MAX_DELAY_SECONDS = 30;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/kykyverkko")
    DataSource dataSource;

    @Inject
    jakarta.enterprise.event.Event<TenantsReady> tenantsReady;

    @Inject
    @ConfigProperty(name = "kyky.db.url", defaultValue = "(kyky.db.url not set)")
    String databaseUrl;

    @Inject
    StartupState state;

    @Inject
    SchemaMigrator migrator;

    @Inject
    TenantDefinitionFiles definitions;

    @Inject
    TenantRegistry registry;

    @Inject
    KeycloakProbe keycloak;

    @Inject
    TenantIdentitySync identity;

    @Inject
    DemoUsers demoUsers;

    private volatile boolean stopping;

    // NOT_SUPPORTED on the callback itself: Flyway's DDL must not run in a container transaction.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void begin() {
        scheduler.execute(() -> attempt(1));
    }

    @PreDestroy
    void end() {
        stopping = true;
    }

    private void attempt(int attemptNo) {
        if (stopping) {
            return;
        }
        String problem = databaseProblem();
        if (problem != null) {
            long delay = Math.min(MAX_DELAY_SECONDS, 2L * attemptNo);
            String detail = "waiting for MariaDB at " + withoutCredentials(databaseUrl) + ": " + problem;
            state.set(Phase.WAITING, detail);
            LOG.warning(() -> "Kykyverkko is " + detail + " (attempt " + attemptNo + ", next in " + delay + " s)");
            scheduler.schedule(() -> attempt(attemptNo + 1), delay, TimeUnit.SECONDS);
            return;
        }
        try {
            state.set(Phase.STARTING, "migrating the platform schema");
            migrator.migratePlatform();
            state.set(Phase.STARTING, "migrating the audit log");
            migrator.migrateAudit();
            state.set(Phase.STARTING, "applying tenant definitions");
            var fromFiles = definitions.applyAll().stream()
                    .filter(f -> f.outcome() != fi.kykyverkko.kernel.tenancy.DefinitionReport.Outcome.REJECTED)
                    .map(TenantDefinitionFiles.FileOutcome::tenantId)
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
            // applying a file migrated its tenant; tenants created through the API or UI have no file
            state.set(Phase.STARTING, "migrating tenant schemas");
            registry.all().stream().filter(t -> !fromFiles.contains(t.tenantId().value()))
                    .forEach(t -> migrator.migrateTenant(t.tenantId()));
            int tenants = registry.all().size();
            state.set(Phase.STARTING, "starting the batch runtime");
            startBatchRuntime();
            state.set(Phase.STARTING, "preparing modules");
            tenantsReady.fire(new TenantsReady(tenants));
            state.set(Phase.READY, "ready: " + tenants + " tenants");
            LOG.info(() -> "Kykyverkko is ready with " + tenants + " tenants");
            watchKeycloak(1, null);
        } catch (RuntimeException e) {
            long delay = Math.min(MAX_DELAY_SECONDS, 2L * attemptNo);
            state.set(Phase.WAITING, "start-up step failed, retrying: " + e.getMessage());
            LOG.log(Level.SEVERE, "Kykyverkko start-up failed (attempt " + attemptNo + "), retrying in " + delay + " s", e);
            scheduler.schedule(() -> attempt(attemptNo + 1), delay, TimeUnit.SECONDS);
        }
    }

    /**
     * Makes Payara's batch runtime set itself up now, while MariaDB is known to answer. It does so once, on first use,
     * and a first use while the database is away (a job timer firing during an outage) leaves it broken until the
     * server restarts: every later start fails ("executionHelper is null"). Seen in the suite when MariaDB was killed
     * right after start-up (DatabaseFaultsIT).
     */
    private static void startBatchRuntime() {
        jakarta.batch.runtime.BatchRuntime.getJobOperator().getJobNames();
    }

    /** Logs, once per change, whether Keycloak can be reached; keeps checking until it can. */
    private void watchKeycloak(int attemptNo, String lastProblem) {
        if (stopping) {
            return;
        }
        String problem = keycloak.problem();
        if (problem == null) {
            if (attemptNo == 1 || (lastProblem != null && lastProblem.startsWith("Keycloak is not reachable"))) {
                LOG.info(() -> "Keycloak answers at " + keycloak.discoveryUrl());
            }
            try {
                identity.syncAll();
                demoUsers.ensure();
                state.identitySynced(true);
                return;
            } catch (RuntimeException e) {
                problem = "Keycloak answered, but setting up the regions' member and role groups failed: " + e.getMessage();
            }
        }
        String reason = problem;
        if (!reason.equals(lastProblem)) {
            LOG.warning(() -> reason + " — retrying");
        }
        scheduler.schedule(() -> watchKeycloak(attemptNo + 1, reason), Math.min(MAX_DELAY_SECONDS, 2L * attemptNo), TimeUnit.SECONDS);
    }

    /** Null when a connection works, else the driver's reason in one line. */
    private String databaseProblem() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(5) ? null : "the connection is not valid";
        } catch (SQLException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return String.valueOf(root.getMessage()).lines().findFirst().orElse("unknown error");
        }
    }

    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password|user)=[^&]*", "$1=***");
    }
}
