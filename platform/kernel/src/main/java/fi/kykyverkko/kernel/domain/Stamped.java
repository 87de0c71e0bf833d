package fi.kykyverkko.kernel.domain;

import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every tenant row people edit carries, in any module: a generated id, who changed it last and when, and a
 * version for optimistic locking (two people saving the same row: the second is told, nothing is lost silently).
 */
@MappedSuperclass
public abstract class Stamped extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    /** Every rule the row must meet before it is stored, all problems at once. */
    public abstract Problems check();

    /** The audit stamp only: who saved last and when. Business effects never hide here. */
    public final void touch(String actor, Instant now) {
        updatedBy = actor;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
