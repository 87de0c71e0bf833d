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
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Starts the retention job every night at 03:30 Helsinki time, and goes on with a run that did not finish instead of
 * starting a new one:
 * <ul>
 * <li>a run that failed or was stopped is restarted from its checkpoint, under the same report;</li>
 * <li>a run left "started" by a server that was killed (Jakarta Batch never learns that it died, and cannot restart
 * it) is continued by a new run with the same parameters that names it ({@link RetentionJob#CONTINUES}); every
 * anonymisation checks again whether it is still due, so the new run does nobody twice and misses nobody, and its
 * report counts both.</li>
 * </ul>
 * Once the portal is ready after a start, an unfinished run is continued at once rather than the next night. One
 * portal server per database is assumed: a run this server did not start is taken as one whose server died.
 */
// bean-managed: a job started from a container-managed transaction's timer runs (and its thread may stay) in that
// invocation, where the batch runtime's lookup of java:comp/UserTransaction is refused (the likely cause of a job that
// failed so in the suite, 2026-12-03)
@jakarta.ejb.TransactionManagement(jakarta.ejb.TransactionManagementType.BEAN)
@Singleton
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    private static final Set<BatchStatus> UNFINISHED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
    /** The executions started in this server: any other that is still "started" belongs to a server that is gone. */
    private static final Set<Long> STARTED_HERE = ConcurrentHashMap.newKeySet();

    @Inject
    StartupState state;

    private volatile boolean checkedAfterStart;

    @Schedule(hour = "3", minute = "30", timezone = "Europe/Helsinki", persistent = false)
    void nightly() {
        if (!state.isReady()) {
            LOG.warning("Nightly retention run skipped: the portal is not ready (" + state.detail() + ")");
            return;
        }
        long execution = startOrRestart(new Properties());
        LOG.info(() -> "Retention run: execution " + execution);
    }

    /** Once after each start of the server, as soon as the portal is ready: go on with a run the last server left. */
    @Schedule(hour = "*", minute = "*", persistent = false)
    void afterStart() {
        if (checkedAfterStart || !state.isReady()) {
            return;
        }
        // marked only once it worked: a check that failed (the database away for a moment) is tried the next minute
        continueUnfinished().ifPresent(execution -> LOG.info(() -> "Retention run left unfinished, going on: execution " + execution));
        checkedAfterStart = true;
    }

    /** Whether this server has made its once-after-start check (tests wait for it: it may restart a failed run). */
    public boolean hasCheckedAfterStart() {
        return checkedAfterStart;
    }

    /** Starts a run now (the data protection officer's "run for this region"), known as this server's own. */
    public static long start(Properties parameters) {
        long execution = BatchRuntime.getJobOperator().start(Retention.JOB, parameters);
        STARTED_HERE.add(execution);
        return execution;
    }

    /**
     * Goes on with the latest run if it did not finish (see the class), otherwise starts a new run with
     * {@code parameters}.
     */
    public static synchronized long startOrRestart(Properties parameters) {
        return continueUnfinished().orElseGet(() -> start(parameters));
    }

    /** Restarts or continues the latest run when it did not finish; the new execution's id, or empty. */
    public static synchronized Optional<Long> continueUnfinished() {
        JobOperator operator = BatchRuntime.getJobOperator();
        Optional<JobExecution> latest = latest(operator);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        JobExecution last = latest.get();
        long id = last.getExecutionId();
        if (last.getBatchStatus() == BatchStatus.FAILED || last.getBatchStatus() == BatchStatus.STOPPED) {
            long restarted = operator.restart(id, operator.getParameters(id));
            STARTED_HERE.add(restarted);
            return Optional.of(restarted);
        }
        if (UNFINISHED.contains(last.getBatchStatus()) && !STARTED_HERE.contains(id)) {
            Properties parameters = operator.getParameters(id);
            Properties continuing = new Properties();
            parameters.stringPropertyNames().forEach(name -> continuing.setProperty(name, parameters.getProperty(name)));
            continuing.setProperty(RetentionJob.CONTINUES,
                    RetentionJob.continuing(parameters, operator.getJobInstance(id).getInstanceId()));
            LOG.warning(() -> "Retention execution " + id + " was left " + last.getBatchStatus() + " by a server that stopped;"
                    + " a new run continues it");
            return Optional.of(start(continuing));
        }
        return Optional.empty();
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
