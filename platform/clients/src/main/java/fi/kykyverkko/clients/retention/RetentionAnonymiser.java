package fi.kykyverkko.clients.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Anonymises each candidate that is still due, inside the chunk's transaction. */
@Named
public class RetentionAnonymiser extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Retention retention;

    @Override
    public void writeItems(List<Object> items) {
        // the region's rule is read once per chunk, not once per client
        Map<TenantId, RetentionRule> rules = new HashMap<>();
        for (Object item : items) {
            RetentionJob.Candidate candidate = (RetentionJob.Candidate) item;
            RetentionRule rule = rules.computeIfAbsent(candidate.region(), region -> retention.ruleOn(region, RetentionJob.day(job)));
            retention.anonymiseIfDue(candidate.region(), candidate.clientId(), rule, job.getInstanceId());
        }
    }
}
