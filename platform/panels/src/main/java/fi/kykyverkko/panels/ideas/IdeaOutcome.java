package fi.kykyverkko.panels.ideas;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** What came of an idea: a new service path, a training, a poster. */
@Entity
@Table(name = "panel_outcome")
public class IdeaOutcome extends Stamped {

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "achieved_on")
    private LocalDate achievedOn;

    protected IdeaOutcome() {
    }

    public IdeaOutcome(long ideaId, String title, String description, LocalDate achievedOn) {
        Problems problems = new Problems().required("title", Problems.clean(title)).maxLength("title", Problems.clean(title), 300)
                .maxLength("description", description, 10000);
        problems.throwIfAny();
        this.ideaId = ideaId;
        this.title = Problems.clean(title);
        this.description = Problems.clean(description);
        this.achievedOn = achievedOn;
    }

    @Override
    public Problems check() {
        return new Problems().required("title", title);
    }

    public long getIdeaId() {
        return ideaId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getAchievedOn() {
        return achievedOn;
    }
}
