package fi.kykyverkko.clients.episodes;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clienthood episode (asiakkuusjakso) of one client in one service: opened on a day, moved through the region's
 * phases, with a planned next step and a responsible person, until it is ended with a reason. The phase and the
 * responsible person are kept as dated histories, and the durations are computed from them, so an episode built
 * from imported history counts the same as one followed in the portal. A client may have several open at once;
 * nothing is ever removed, and an ended episode refuses every further change.
 */
@Entity
@Table(name = "episode")
public class Episode extends Stamped {

    /** The code of the phase an ended episode is in; reached only through {@link #end}. */
    public static final String ENDED = "ended";

    static final int NEXT_STEP_MAX = 1000;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "current_phase", nullable = false)
    private String currentPhase;

    @Column(name = "next_step")
    private String nextStep;

    @Column(name = "next_step_on")
    private LocalDate nextStepOn;

    @Column(name = "responsible_person_id")
    private Long responsiblePersonId;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @OneToMany(mappedBy = "episode", cascade = {CascadeType.PERSIST, CascadeType.MERGE}, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PhaseEntry> phases = new ArrayList<>();

    @OneToMany(mappedBy = "episode", cascade = {CascadeType.PERSIST, CascadeType.MERGE}, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Handover> handovers = new ArrayList<>();

    protected Episode() {
        // for JPA
    }

    /** Opens an episode of {@code clientId} in {@code serviceId} on {@code startedOn}, in its first phase. */
    public static Episode open(long clientId, long serviceId, LocalDate startedOn, String firstPhase) {
        Problems problems = new Problems().required("startedOn", startedOn).required("phase", Problems.clean(firstPhase));
        if (ENDED.equals(Problems.clean(firstPhase))) {
            problems.add("phase", "clients.episode.end-with-reason");
        }
        problems.throwIfAny();
        Episode episode = new Episode();
        episode.clientId = clientId;
        episode.serviceId = serviceId;
        episode.startedOn = startedOn;
        episode.enter(Problems.clean(firstPhase), startedOn);
        return episode;
    }

    /** Moves the episode into {@code phase} from {@code day}; phases may repeat, days never go backwards. */
    public void moveTo(String phase, LocalDate day) {
        String code = Problems.clean(phase);
        refuseIfEnded();
        requireDay("phaseOn", day, lastPhaseDay());
        if (code == null) {
            throw Problems.refusal("phase", "validation.required");
        }
        if (ENDED.equals(code)) {
            Problems.refuse("phase", "clients.episode.end-with-reason");
        }
        if (code.equals(currentPhase)) {
            Problems.refuse("phase", "clients.episode.same-phase");
        }
        enter(code, day);
    }

    /** Plans the next step and its day; replaces the step planned before. */
    public void planNextStep(String step, LocalDate day) {
        String text = Problems.clean(step);
        refuseIfEnded();
        Problems problems = new Problems().required("nextStep", text).maxLength("nextStep", text, NEXT_STEP_MAX)
                .required("nextStepOn", day);
        if (day != null && day.isBefore(startedOn)) {
            problems.add("nextStepOn", "clients.episode.before-start");
        }
        problems.throwIfAny();
        nextStep = text;
        nextStepOn = day;
    }

    /** Clears the planned step's free text and day, for the retention job: the text may name the client. */
    public void forgetNextStep() {
        nextStep = null;
        nextStepOn = null;
    }

    /** Makes {@code personId} (a networks person) responsible from {@code day}; the history keeps who was before. */
    public void handOverTo(long personId, LocalDate day) {
        refuseIfEnded();
        requireDay("handedOn", day, handovers.isEmpty() ? null : handovers.get(handovers.size() - 1).handedOn());
        if (responsiblePersonId != null && responsiblePersonId == personId) {
            Problems.refuse("responsiblePerson", "clients.episode.same-person");
        }
        handovers.add(new Handover(this, handovers.size(), personId, day));
        responsiblePersonId = personId;
    }

    /** Ends the episode on {@code day} for {@code reason}; after this it refuses every change. */
    public void end(EndReason reason, LocalDate day) {
        refuseIfEnded();
        if (reason == null) {
            Problems.refuse("endReason", "clients.episode.reason-required");
        }
        LocalDate latest = lastPhaseDay();
        if (!handovers.isEmpty() && handovers.get(handovers.size() - 1).handedOn().isAfter(latest)) {
            latest = handovers.get(handovers.size() - 1).handedOn();
        }
        requireDay("endedOn", day, latest);
        enter(ENDED, day);
        endedOn = day;
        endReason = reason;
        // nothing is planned once the episode is over
        nextStep = null;
        nextStepOn = null;
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    /** Days from the start to the end, or to {@code today} while the episode is open. */
    public long days(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(startedOn, isEnded() ? endedOn : today));
    }

    /**
     * Each stretch of the history in its phase, in order: until the next phase, the end, or {@code today} while open.
     * The ended phase itself is not a stretch: it has no duration.
     */
    public List<PhaseDays> phaseDays(LocalDate today) {
        List<PhaseDays> stretches = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhaseEntry entry = phases.get(i);
            if (ENDED.equals(entry.phase())) {
                continue;
            }
            LocalDate until = i + 1 < phases.size() ? phases.get(i + 1).enteredOn() : today;
            if (until.isBefore(entry.enteredOn())) {
                until = entry.enteredOn(); // a "today" before a dated entry counts nothing, never negative
            }
            stretches.add(new PhaseDays(entry.phase(), entry.enteredOn(), until, ChronoUnit.DAYS.between(entry.enteredOn(), until)));
        }
        return stretches;
    }

    /** Days per phase, summed over repeated visits, in the order the phases were first entered. */
    public Map<String, Long> daysPerPhase(LocalDate today) {
        Map<String, Long> days = new LinkedHashMap<>();
        for (PhaseDays stretch : phaseDays(today)) {
            days.merge(stretch.phase(), stretch.days(), Long::sum);
        }
        return days;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().required("startedOn", startedOn).required("phase", currentPhase)
                .maxLength("nextStep", nextStep, NEXT_STEP_MAX);
        if (clientId <= 0) {
            problems.add("client", "validation.required");
        }
        if (serviceId <= 0) {
            problems.add("service", "validation.required");
        }
        if (endedOn != null && endReason == null) {
            problems.add("endReason", "clients.episode.reason-required");
        }
        return problems;
    }

    private void enter(String phase, LocalDate day) {
        phases.add(new PhaseEntry(this, phases.size(), phase, day));
        currentPhase = phase;
    }

    private LocalDate lastPhaseDay() {
        return phases.get(phases.size() - 1).enteredOn();
    }

    private void refuseIfEnded() {
        if (isEnded()) {
            Problems.refuse("episode", "clients.episode.ended");
        }
    }

    /** A day is required, never before the start and never before the latest day of the same history. */
    private void requireDay(String field, LocalDate day, LocalDate latest) {
        if (day == null) {
            throw Problems.refusal(field, "validation.required");
        }
        if (day.isBefore(startedOn)) {
            Problems.refuse(field, "clients.episode.before-start");
        }
        if (latest != null && day.isBefore(latest)) {
            Problems.refuse(field, "clients.episode.backwards");
        }
    }

    public long getClientId() { return clientId; }
    public long getServiceId() { return serviceId; }
    public LocalDate getStartedOn() { return startedOn; }
    public String getCurrentPhase() { return currentPhase; }
    public String getNextStep() { return nextStep; }
    public LocalDate getNextStepOn() { return nextStepOn; }
    public Optional<Long> getResponsiblePersonId() { return Optional.ofNullable(responsiblePersonId); }
    public LocalDate getEndedOn() { return endedOn; }
    public EndReason getEndReason() { return endReason; }
    public List<PhaseEntry> getPhases() { return List.copyOf(phases); }
    public List<Handover> getHandovers() { return List.copyOf(handovers); }
}
