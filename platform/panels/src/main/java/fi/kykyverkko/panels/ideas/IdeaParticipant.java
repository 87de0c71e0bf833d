package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.TenantRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member who took part in an idea: notified when it changes. */
@Entity
@Table(name = "panel_idea_member")
public class IdeaParticipant extends TenantRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    protected IdeaParticipant() {
    }

    public IdeaParticipant(long ideaId, long memberId) {
        this.ideaId = ideaId;
        this.memberId = memberId;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public long getMemberId() {
        return memberId;
    }
}
