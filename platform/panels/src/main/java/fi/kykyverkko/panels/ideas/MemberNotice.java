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

/**
 * A member's notice that an idea they took part in changed: the status and progress it reached and the note, shown on
 * their page in their language; {@code emailed} when it also went by e-mail (only with consent).
 */
@Entity
@Table(name = "panel_notice")
public class MemberNotice extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdeaStatus status;

    @Column(nullable = false)
    private int progress;

    private String note;

    @Column(nullable = false)
    private boolean emailed;

    protected MemberNotice() {
    }

    public MemberNotice(long memberId, long ideaId, Instant at, IdeaStatus status, int progress, String note, boolean emailed) {
        this.memberId = memberId;
        this.ideaId = ideaId;
        this.at = at;
        this.status = status;
        this.progress = progress;
        this.note = note;
        this.emailed = emailed;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public Instant getAt() {
        return at;
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

    public boolean isEmailed() {
        return emailed;
    }
}
