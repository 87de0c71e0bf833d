package fi.kykyverkko.clients.retention;

import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Walks each region's candidates in id order, a page at a time; the checkpoint is the region and the last id read. */
@Named
public class RetentionCandidates extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    JobContext job;

    @Inject
    TenantRegistry registry;

    @Inject
    Retention retention;

    private List<TenantId> regions;
    private LocalDate day;
    private RetentionJob.Cursor cursor;
    private final Deque<Long> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        regions = RetentionJob.regions(job, registry);
        day = RetentionJob.day(job);
        cursor = checkpoint == null ? new RetentionJob.Cursor(0, 0) : (RetentionJob.Cursor) checkpoint;
    }

    @Override
    public Object readItem() {
        while (page.isEmpty()) {
            if (cursor.region() >= regions.size()) {
                return null;
            }
            TenantId region = regions.get(cursor.region());
            List<Long> ids = retention.candidates(region, retention.ruleOn(region, day), cursor.afterId(), PAGE);
            if (ids.isEmpty()) {
                cursor = new RetentionJob.Cursor(cursor.region() + 1, 0);
            } else {
                page.addAll(ids);
            }
        }
        long id = page.removeFirst();
        cursor = new RetentionJob.Cursor(cursor.region(), id);
        return new RetentionJob.Candidate(regions.get(cursor.region()), id);
    }

    @Override
    public Serializable checkpointInfo() {
        return cursor;
    }
}
