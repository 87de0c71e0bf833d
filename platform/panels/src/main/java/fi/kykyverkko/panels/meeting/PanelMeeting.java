package fi.kykyverkko.panels.meeting;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One meeting of a panel. Generated for a date of the panel's cadence ({@code plannedOn}, kept when the meeting is
 * moved, so generating again never makes a second meeting for that date, and a cancelled one stays in the list).
 * Walked through the script one step at a time ({@link #goTo}); the last step done makes it held.
 */
@Entity
@Table(name = "panel_meeting")
public class PanelMeeting extends Stamped {

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "cancel_reason")
    private String cancelReason;

    private String theme;

    private String methods;

    private String notes;

    @Column(name = "script_step", nullable = false)
    private int scriptStep;

    protected PanelMeeting() {
    }

    public PanelMeeting(long panelId, LocalDate plannedOn, Instant startsAt, Instant endsAt, String place) {
        if (plannedOn == null) {
            Problems.refuse("plannedOn", "validation.required");
        }
        this.panelId = panelId;
        this.plannedOn = plannedOn;
        setTimes(startsAt, endsAt, place);
    }

    private void setTimes(Instant startsAt, Instant endsAt, String place) {
        Problems problems = new Problems().required("startsAt", startsAt).required("endsAt", endsAt).maxLength("place", place, 300);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            problems.add("endsAt", "panels.meeting.end-before-start");
        }
        problems.throwIfAny();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = Problems.clean(place);
    }

    /** Moves a planned meeting to another time or place; a cancelled or held one stays where it was. */
    public void move(Instant startsAt, Instant endsAt, String place) {
        if (status != MeetingStatus.PLANNED) {
            Problems.refuse("startsAt", "panels.meeting.not-planned");
        }
        setTimes(startsAt, endsAt, place);
    }

    /** Cancels a planned meeting, saying why (members see it). */
    public void cancel(String reason) {
        if (status != MeetingStatus.PLANNED) {
            Problems.refuse("status", "panels.meeting.not-planned");
        }
        String clean = Problems.clean(reason);
        Problems problems = new Problems().required("cancelReason", clean).maxLength("cancelReason", clean, 500);
        problems.throwIfAny();
        this.status = MeetingStatus.CANCELLED;
        this.cancelReason = clean;
    }

    /** The theme of the day and the methods chosen for it. */
    public void plan(String theme, String methods) {
        Problems problems = new Problems().maxLength("theme", theme, 300).maxLength("methods", methods, 5000);
        problems.throwIfAny();
        this.theme = Problems.clean(theme);
        this.methods = Problems.clean(methods);
    }

    public void writeNotes(String notes) {
        if (notes != null && notes.length() > 20000) {
            Problems.refuse("notes", "validation.too-long", 20000);
        }
        this.notes = Problems.clean(notes);
    }

    /**
     * Goes to step {@code step} of a script of {@code steps} steps; going past the last one holds the meeting. A
     * cancelled meeting is not run.
     */
    public void goTo(int step, int steps) {
        if (status == MeetingStatus.CANCELLED) {
            Problems.refuse("status", "panels.meeting.cancelled");
        }
        if (step < 0 || step > steps) {
            Problems.refuse("scriptStep", "panels.meeting.no-such-step");
        }
        this.scriptStep = Math.min(step, steps - 1);
        if (step == steps) {
            status = MeetingStatus.HELD;
        }
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().required("plannedOn", plannedOn).required("startsAt", startsAt).required("endsAt", endsAt);
        if (status == MeetingStatus.CANCELLED && cancelReason == null) {
            problems.add("cancelReason", "validation.required");
        }
        return problems;
    }

    public long getPanelId() {
        return panelId;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getTheme() {
        return theme;
    }

    public String getMethods() {
        return methods;
    }

    public String getNotes() {
        return notes;
    }

    public int getScriptStep() {
        return scriptStep;
    }
}
