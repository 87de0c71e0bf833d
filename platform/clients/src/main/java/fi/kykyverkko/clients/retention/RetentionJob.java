package fi.kykyverkko.clients.retention;

import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.kernel.time.PortalTime;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

/** The retention job's parameters, read the same way by its reader and its report. */
final class RetentionJob {

    /** Job parameter: one region's id; without it every region. */
    static final String REGION = "region";
    /** Job parameter: the day the run counts from (ISO); without it today in Helsinki. Kept on restart. */
    static final String DAY = "day";

    /**
     * Job parameter: the job instances this run continues (comma-separated, oldest first), runs left "started" by a
     * server that was killed; the report counts their anonymisations and executions with this run's.
     */
    static final String CONTINUES = "continues";

    private RetentionJob() {
    }

    static List<TenantId> regions(JobContext job, TenantRegistry registry) {
        String only = parameters(job).getProperty(REGION);
        return registry.all().stream().map(Tenant::tenantId).filter(id -> only == null || id.value().equals(only)).sorted().toList();
    }

    static LocalDate day(JobContext job) {
        String day = parameters(job).getProperty(DAY);
        return day == null ? PortalTime.today() : LocalDate.parse(day);
    }

    /** The instances a run continues: those {@code parameters} name, then {@code instance}. */
    static String continuing(Properties parameters, long instance) {
        String earlier = parameters.getProperty(CONTINUES);
        return earlier == null || earlier.isBlank() ? Long.toString(instance) : earlier + "," + instance;
    }

    /** The instances {@code job} continues, oldest first; none for a run of its own. */
    static List<Long> continued(JobContext job) {
        String earlier = parameters(job).getProperty(CONTINUES);
        return earlier == null || earlier.isBlank() ? List.of()
                : java.util.Arrays.stream(earlier.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    private static Properties parameters(JobContext job) {
        return BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
    }

    /** Where the walk is: the index of the region and the last client id handled in it. */
    record Cursor(int region, long afterId) implements Serializable {
    }

    /** One client to look at. */
    record Candidate(TenantId region, long clientId) {
    }
}
