package fi.kykyverkko.clients.retention;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Anonymises each candidate that is still due, inside the chunk's transaction. */
@Named
public class RetentionAnonymiser extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    Retention retention;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            RetentionJob.Candidate candidate = (RetentionJob.Candidate) item;
            retention.anonymiseIfDue(candidate.region(), candidate.clientId(),
                    retention.ruleOn(candidate.region(), RetentionJob.day(job)), job.getInstanceId());
        }
    }
}
