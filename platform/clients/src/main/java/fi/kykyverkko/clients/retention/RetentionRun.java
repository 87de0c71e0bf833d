package fi.kykyverkko.clients.retention;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The report of one retention run in the region: the cutoff it used, how many clients it anonymised (counted from
 * {@link ClientAnonymisation}, so a restart never counts twice), how many it kept, and how many executions it took.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends TenantRow {

    @Id
    @Column(name = "job_instance")
    private long jobInstance;

    @Column(nullable = false)
    private LocalDate cutoff;

    @Column(name = "retention_years", nullable = false)
    private int retentionYears;

    @Column(nullable = false)
    private int anonymised;

    @Column(nullable = false)
    private int kept;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(nullable = false)
    private int executions;

    protected RetentionRun() {
        // for JPA
    }

    public RetentionRun(long jobInstance, Instant startedAt) {
        this.jobInstance = jobInstance;
        this.startedAt = startedAt;
    }

    /** Records what the run has done by {@code now}; a restart of the same run records again over it. */
    public void finish(LocalDate cutoff, int years, int anonymised, int kept, int executions, Instant now) {
        this.cutoff = cutoff;
        this.retentionYears = years;
        this.anonymised = anonymised;
        this.kept = kept;
        this.executions = executions;
        this.finishedAt = now;
    }

    public long getJobInstance() { return jobInstance; }
    public LocalDate getCutoff() { return cutoff; }
    public int getRetentionYears() { return retentionYears; }
    public int getAnonymised() { return anonymised; }
    public int getKept() { return kept; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public int getExecutions() { return executions; }
}
