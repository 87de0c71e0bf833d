package fi.kykyverkko.consultations.release;

import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the {@code consultation-release} job every five minutes, once the portal is ready (a 12:00 deadline is acted
 * on by 12:05); {@link #start()} starts it now. Idempotent: a session is released or reminded once (its row says so).
 */
// bean-managed: a job started from a container-managed transaction's timer runs (and its thread may stay) in that
// invocation, where the batch runtime's lookup of java:comp/UserTransaction is refused (the likely cause of a job that
// failed so in the suite, 2026-12-03)
@jakarta.ejb.TransactionManagement(jakarta.ejb.TransactionManagementType.BEAN)
@Singleton
public class SessionReleaseSchedule {

    public static final String JOB = "consultation-release";
    private static final Logger LOG = Logger.getLogger(SessionReleaseSchedule.class.getName());

    @Inject
    StartupState state;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        if (!state.isReady()) {
            LOG.fine(() -> "Consultation release skipped: the portal is not ready (" + state.detail() + ")");
            return;
        }
        start();
    }

    /** Starts a run now; its execution id. */
    public static long start() {
        return BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
