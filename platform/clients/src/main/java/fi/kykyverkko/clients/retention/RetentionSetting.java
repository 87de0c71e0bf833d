package fi.kykyverkko.clients.retention;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.kernel.domain.Problems;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How long the region keeps a client after their last episode ended, in whole years (one row per region; the
 * migration sets 12, the README says why). After it the retention job anonymises the client.
 */
@Entity
@Table(name = "clients_settings")
public class RetentionSetting extends TenantRow {

    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 120;

    @Id
    private int id = 1;

    @Column(name = "retention_years", nullable = false)
    private int retentionYears;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected RetentionSetting() {
        // for JPA
    }

    public void keepFor(int years, String by, Instant now) {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            Problems.refuse("retentionYears", "clients.retention.years-range", MIN_YEARS, MAX_YEARS);
        }
        retentionYears = years;
        updatedBy = by;
        updatedAt = now;
    }

    /** The last day an episode may have ended for its client to be kept on {@code today}. */
    public LocalDate keptIfEndedAfter(LocalDate today) {
        return today.minusYears(retentionYears);
    }

    public int getRetentionYears() { return retentionYears; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
