package fi.kykyverkko.surveys.reminders;

import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the {@code survey-reminders} job every hour (at :20), once the portal is ready; {@link #start()} starts it
 * now. A run that dies half-way needs no restart: the next one finds exactly the reminders still due.
 */
// bean-managed: a job started from a container-managed transaction's timer runs (and its thread may stay) in that
// invocation, where the batch runtime's lookup of java:comp/UserTransaction is refused (the likely cause of a job that
// failed so in the suite, 2026-12-03)
@jakarta.ejb.TransactionManagement(jakarta.ejb.TransactionManagementType.BEAN)
@Singleton
public class SurveyReminderSchedule {

    public static final String JOB = "survey-reminders";
    private static final Logger LOG = Logger.getLogger(SurveyReminderSchedule.class.getName());

    @Inject
    StartupState state;

    @Schedule(hour = "*", minute = "20", persistent = false)
    void hourly() {
        if (!state.isReady()) {
            LOG.warning("Survey reminders skipped: the portal is not ready (" + state.detail() + ")");
            return;
        }
        start();
    }

    /** Starts a run now; its execution id. */
    public static long start() {
        return BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
