package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One facilitator's time with a panel: from a date, until a date once they step back. A handover ends the lead's row
 * and begins the next lead's, with the note the leaving lead wrote; rows are never deleted, so the history stays.
 */
@Entity
@Table(name = "panel_facilitator")
public class PanelFacilitator extends Stamped {

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(nullable = false)
    private String name;

    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FacilitatorRole role;

    @Column(name = "from_on", nullable = false)
    private LocalDate from;

    @Column(name = "until_on")
    private LocalDate until;

    @Column(name = "handover_note")
    private String handoverNote;

    protected PanelFacilitator() {
    }

    public PanelFacilitator(long panelId, String name, String username, FacilitatorRole role, LocalDate from) {
        Problems problems = new Problems().required("name", Problems.clean(name)).maxLength("name", name, 200)
                .required("role", role).required("from", from);
        problems.throwIfAny();
        this.panelId = panelId;
        this.name = Problems.clean(name);
        this.username = Problems.clean(username);
        this.role = role;
        this.from = from;
    }

    /** Steps back on {@code on} (not before they began), leaving {@code note} for whoever continues. */
    public void stepBack(LocalDate on, String note) {
        if (until != null) {
            Problems.refuse("until", "panels.facilitator.already-ended");
        }
        if (on == null || on.isBefore(from)) {
            Problems.refuse("until", "panels.facilitator.end-before-start");
        }
        this.until = on;
        this.handoverNote = Problems.clean(note);
    }

    public boolean isCurrent() {
        return until == null;
    }

    @Override
    public Problems check() {
        return new Problems().required("name", name).required("role", role).required("from", from);
    }

    public long getPanelId() {
        return panelId;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public FacilitatorRole getRole() {
        return role;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getHandoverNote() {
        return handoverNote;
    }
}
