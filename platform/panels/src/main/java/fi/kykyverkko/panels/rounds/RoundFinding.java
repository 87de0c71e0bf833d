package fi.kykyverkko.panels.rounds;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One finding of an interview round, a short text; it may be turned into one idea on the panel's board. */
@Entity
@Table(name = "panel_round_finding")
public class RoundFinding extends Stamped {

    public static final int MAX_TEXT = 1000;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(nullable = false)
    private String text;

    @Column(name = "idea_id")
    private Long ideaId;

    protected RoundFinding() {
    }

    public RoundFinding(long roundId, String text) {
        String t = Problems.clean(text);
        new Problems().required("text", t).maxLength("text", t, MAX_TEXT).throwIfAny();
        this.roundId = roundId;
        this.text = t;
    }

    /** The finding became idea {@code id}; a finding makes one idea only. */
    public void turnedInto(long id) {
        if (ideaId != null) {
            Problems.refuse("text", "panels.round.finding-has-idea");
        }
        ideaId = id;
    }

    @Override
    public Problems check() {
        return new Problems().required("text", text);
    }

    public long getRoundId() {
        return roundId;
    }

    public String getText() {
        return text;
    }

    public Long getIdeaId() {
        return ideaId;
    }
}
