package fi.kykyverkko.panels.rounds;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A panel taken where the clients are (Kymenlaakso, seed 000): an interview round of a panel in a place such as a
 * rehabilitative work activity unit, on one or more days, with a theme, the number of clients interviewed (never
 * who: the clients are not recorded as people), the interviewers, and findings ({@link RoundFinding}). A round
 * belongs to a panel: its findings become ideas on that panel's board, where the members follow them.
 */
@Entity
@Table(name = "panel_interview_round")
public class InterviewRound extends Stamped {

    public static final int MAX_PARTICIPANTS = 500;

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(nullable = false)
    private String theme;

    /** The place as a networks organisation (the unit's organisation), or only as text, or both. */
    @Column(name = "place_org_id")
    private Long placeOrganisationId;

    @Column(name = "place_name")
    private String placeName;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false)
    private int participants;

    @Column(nullable = false)
    private String interviewers;

    protected InterviewRound() {
    }

    public InterviewRound(long panelId, RoundDraft draft) {
        this.panelId = panelId;
        revise(draft);
    }

    /** Sets every field of the draft at once, each problem reported (nothing changes when one is refused). */
    public final void revise(RoundDraft d) {
        String t = Problems.clean(d.theme());
        String place = Problems.clean(d.placeName());
        String who = Problems.clean(d.interviewers());
        Problems p = new Problems().required("theme", t).maxLength("theme", t, 300).maxLength("placeName", place, 300)
                .required("firstDay", d.firstDay()).required("interviewers", who).maxLength("interviewers", who, 500);
        if (d.placeOrganisationId() == null && place == null) {
            p.add("placeName", "panels.round.place-required");
        }
        if (d.firstDay() != null && d.lastDay() != null && d.lastDay().isBefore(d.firstDay())) {
            p.add("lastDay", "panels.round.days-order");
        }
        p.addAll(participantProblems(d.participants()));
        p.throwIfAny();
        theme = t;
        placeOrganisationId = d.placeOrganisationId();
        placeName = place;
        firstDay = d.firstDay();
        lastDay = d.lastDay() == null ? d.firstDay() : d.lastDay();
        participants = d.participants();
        interviewers = who;
    }

    /** At least one client was interviewed, and a round is not a mass survey. */
    static Problems participantProblems(Integer count) {
        Problems p = new Problems().required("participants", count);
        if (count != null && (count < 1 || count > MAX_PARTICIPANTS)) {
            p.add("participants", "panels.round.participants-range", MAX_PARTICIPANTS);
        }
        return p;
    }

    public RoundDraft draft() {
        return new RoundDraft(theme, placeOrganisationId, placeName, firstDay, lastDay, participants, interviewers);
    }

    @Override
    public Problems check() {
        return new Problems().required("theme", theme).required("firstDay", firstDay).required("interviewers", interviewers)
                .addAll(participantProblems(participants));
    }

    public long getPanelId() {
        return panelId;
    }

    public String getTheme() {
        return theme;
    }

    public Long getPlaceOrganisationId() {
        return placeOrganisationId;
    }

    public String getPlaceName() {
        return placeName;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public int getParticipants() {
        return participants;
    }

    public String getInterviewers() {
        return interviewers;
    }
}
