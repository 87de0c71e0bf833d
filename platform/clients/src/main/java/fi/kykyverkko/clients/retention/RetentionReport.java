package fi.kykyverkko.clients.retention;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/** Writes each region's report of the run and logs the counts (numbers only, never who). */
@Named
public class RetentionReport extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RetentionReport.class.getName());

    @Inject
    JobContext job;

    @Inject
    TenantRegistry registry;

    @Inject
    Retention retention;

    @Override
    public String process() {
        var operator = BatchRuntime.getJobOperator();
        List<Long> continued = RetentionJob.continued(job);
        // this run's executions and those of the runs it continues (each a job instance of its own)
        List<JobExecution> executions = operator.getJobInstances(Retention.JOB, 0, Integer.MAX_VALUE).stream()
                .filter(i -> i.getInstanceId() == job.getInstanceId() || continued.contains(i.getInstanceId()))
                .flatMap(i -> operator.getJobExecutions(i).stream()).toList();
        Instant started = executions.stream().map(e -> e.getCreateTime().toInstant()).min(Instant::compareTo).orElse(Instant.now());
        LocalDate day = RetentionJob.day(job);
        int total = 0;
        for (TenantId region : RetentionJob.regions(job, registry)) {
            RetentionRun run = retention.report(region, job.getInstanceId(), continued, retention.ruleOn(region, day), started, executions.size());
            total += run.getAnonymised();
            LOG.info(() -> "Retention in " + region.value() + ": " + run.getAnonymised() + " anonymised, " + run.getKept()
                    + " kept, cutoff " + run.getCutoff() + ", run " + run.getJobInstance());
        }
        return "ANONYMISED " + total;
    }
}
