package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.TenantRow;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dated entry of an idea's history: what it became, who said so, and their note. Never changed. */
@Entity
@Table(name = "panel_idea_update")
public class IdeaUpdate extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false)
    private String by;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdeaStatus status;

    @Column(nullable = false)
    private int progress;

    private String note;

    protected IdeaUpdate() {
    }

    public IdeaUpdate(long ideaId, Instant at, String by, IdeaStatus status, int progress, String note) {
        this.ideaId = ideaId;
        this.at = at;
        this.by = by;
        this.status = status;
        this.progress = progress;
        this.note = fi.kykyverkko.kernel.domain.Problems.clean(note);
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public IdeaStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getNote() {
        return note;
    }
}
