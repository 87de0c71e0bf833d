package fi.kykyverkko.clients.caseloads;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manager's decision to give a person one episode over their service's cap: who, why, when. Never changed. */
@Entity
@Table(name = "caseload_override")
public class CaseloadOverride extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "open_before", nullable = false)
    private long openBefore;

    @Column(name = "cap", nullable = false)
    private int cap;

    @Column(nullable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CaseloadOverride() {
        // for JPA
    }

    public CaseloadOverride(long episodeId, long personId, CaseloadCheck check, String reason, String decidedBy, Instant now) {
        this.episodeId = episodeId;
        this.personId = personId;
        this.openBefore = check.open();
        this.cap = check.cap().orElseThrow();
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public long getEpisodeId() { return episodeId; }
    public long getPersonId() { return personId; }
    public long getOpenBefore() { return openBefore; }
    public int getCap() { return cap; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
