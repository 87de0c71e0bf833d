package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A customer panel: why it meets, which organisation answers for it, who takes notes, how members were recruited,
 * its cadence and its meeting script. Facilitators, members and meetings are rows of their own.
 */
@Entity
@Table(name = "customer_panel")
public class CustomerPanel extends Stamped {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "note_taker")
    private String noteTaker;

    @Column(name = "recruitment_notes")
    private String recruitmentNotes;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadence_frequency", nullable = false)
    private Cadence.Frequency frequency;

    @Column(name = "cadence_interval", nullable = false)
    private int interval;

    @Column(name = "cadence_weekday", nullable = false)
    private int weekday;

    @Column(name = "cadence_ordinal")
    private Integer ordinal;

    @Column(name = "meeting_time", nullable = false)
    private LocalTime time;

    @Column(name = "meeting_minutes", nullable = false)
    private int minutes;

    @Column(name = "meeting_place")
    private String place;

    @Column(nullable = false)
    private String script;

    protected CustomerPanel() {
    }

    public CustomerPanel(String name, String purpose, Long organisationId, Cadence cadence, MeetingScript script) {
        rename(name, purpose);
        this.organisationId = organisationId;
        changeCadence(cadence);
        changeScript(script);
    }

    public void rename(String name, String purpose) {
        Problems problems = new Problems().required("name", Problems.clean(name)).maxLength("name", name, 200)
                .required("purpose", Problems.clean(purpose)).maxLength("purpose", purpose, 5000);
        problems.throwIfAny();
        this.name = Problems.clean(name);
        this.purpose = Problems.clean(purpose);
    }

    public void changeCadence(Cadence cadence) {
        if (cadence == null) {
            throw Problems.refusal("cadence", "validation.required");
        }
        this.frequency = cadence.frequency();
        this.interval = cadence.interval();
        this.weekday = cadence.weekday().getValue();
        this.ordinal = cadence.ordinal();
        this.time = cadence.time();
        this.minutes = cadence.minutes();
        this.place = cadence.place();
    }

    public void changeScript(MeetingScript script) {
        if (script == null) {
            throw Problems.refusal("script", "validation.required");
        }
        this.script = script.text();
    }

    public void assignNoteTaker(String noteTaker) {
        if (noteTaker != null && noteTaker.length() > 200) {
            Problems.refuse("noteTaker", "validation.too-long", 200);
        }
        this.noteTaker = Problems.clean(noteTaker);
    }

    public void keepRecruitmentNotes(String notes) {
        if (notes != null && notes.length() > 20000) {
            Problems.refuse("recruitmentNotes", "validation.too-long", 20000);
        }
        this.recruitmentNotes = Problems.clean(notes);
    }

    public void makeResponsible(Long organisationId) {
        this.organisationId = organisationId;
    }

    @Override
    public Problems check() {
        return new Problems().required("name", name).required("purpose", purpose).required("script", script);
    }

    public Cadence cadence() {
        return new Cadence(frequency, interval, DayOfWeek.of(weekday), ordinal, time, minutes, place);
    }

    public MeetingScript script() {
        return MeetingScript.parse(script);
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getNoteTaker() {
        return noteTaker;
    }

    public String getRecruitmentNotes() {
        return recruitmentNotes;
    }
}
