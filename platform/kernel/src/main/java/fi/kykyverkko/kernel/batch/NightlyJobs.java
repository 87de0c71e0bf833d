package fi.kykyverkko.kernel.batch;

import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts the kernel's scheduled jobs (Europe/Helsinki time). */
// bean-managed: a job started from a container-managed transaction's timer runs (and its thread may stay) in that
// invocation, where the batch runtime's lookup of java:comp/UserTransaction is refused (the likely cause of a job that
// failed so in the suite, 2026-12-03)
@jakarta.ejb.TransactionManagement(jakarta.ejb.TransactionManagementType.BEAN)
@Singleton
public class NightlyJobs {

    public static final String APPLY_TENANT_DEFINITIONS = "apply-tenant-definitions";
    private static final Logger LOG = Logger.getLogger(NightlyJobs.class.getName());

    @Inject
    StartupState state;

    @Schedule(hour = "2", minute = "15", timezone = "Europe/Helsinki", persistent = false)
    void applyTenantDefinitions() {
        if (!state.isReady()) {
            LOG.warning("Nightly tenant definition run skipped: the portal is not ready (" + state.detail() + ")");
            return;
        }
        long execution = BatchRuntime.getJobOperator().start(APPLY_TENANT_DEFINITIONS, new Properties());
        LOG.info(() -> "Started " + APPLY_TENANT_DEFINITIONS + " as execution " + execution);
    }
}
