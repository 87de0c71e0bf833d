package fi.kykyverkko.clients.retention;

import fi.kykyverkko.kernel.schema.StartupState;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the retention job every night at 03:30 Helsinki time. A run that failed or was stopped is restarted
 * (it goes on from its checkpoint under the same report) instead of starting a new one.
 */
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    StartupState state;

    @Schedule(hour = "3", minute = "30", timezone = "Europe/Helsinki", persistent = false)
    void nightly() {
        if (!state.isReady()) {
            LOG.warning("Nightly retention run skipped: the portal is not ready (" + state.detail() + ")");
            return;
        }
        long execution = startOrRestart(new Properties());
        LOG.info(() -> "Retention run: execution " + execution);
    }

    /**
     * Restarts the latest run when it failed or was stopped, with its own parameters (its checkpoint names a place in
     * its own list of regions), otherwise starts a new run with {@code parameters}.
     */
    public static long startOrRestart(Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Optional<JobExecution> unfinished = latest(operator)
                .filter(e -> e.getBatchStatus() == BatchStatus.FAILED || e.getBatchStatus() == BatchStatus.STOPPED);
        if (unfinished.isPresent()) {
            long failed = unfinished.get().getExecutionId();
            return operator.restart(failed, operator.getParameters(failed));
        }
        return operator.start(Retention.JOB, parameters);
    }

    private static Optional<JobExecution> latest(JobOperator operator) {
        try {
            return operator.getJobInstances(Retention.JOB, 0, 1).stream()
                    .flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .max(Comparator.comparingLong(JobExecution::getExecutionId)); // creation times can tie within a second
        } catch (NoSuchJobException none) {
            return Optional.empty();
        }
    }
}
