package fi.kykyverkko.consultations.booking;

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
import java.util.Optional;

/**
 * An anonymous case brought to a session: the question, the reason and a description that names no client (checked
 * before it is stored), and the asker as the statistics count them: the professional's profession and organisation.
 * The asker's username is kept only so that they can cancel and be reminded. Handled in {@link #getArrival()} order.
 */
@Entity
@Table(name = "consultation_case")
public class ConsultationCase extends Stamped {

    public static final int QUESTION_MAX = 1000;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int NOTES_MAX = 4000;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false)
    private int arrival;

    @Column(nullable = false)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Reason reason;

    private String description;

    @Column(name = "asker_username", nullable = false)
    private String askerUsername;

    @Column(name = "asker_profession", nullable = false)
    private String askerProfession;

    @Column(name = "asker_organisation")
    private String askerOrganisation;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "booked_at", nullable = false)
    private Instant bookedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "outcome_service_id")
    private Long outcomeServiceId;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "handling_minutes")
    private Integer handlingMinutes;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "started_at")
    private Instant startedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "handled_at")
    private Instant handledAt;

    private String notes;

    @Column(name = "notes_version", nullable = false)
    private int notesVersion;

    @Column(name = "notes_by")
    private String notesBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "notes_at")
    private Instant notesAt;

    protected ConsultationCase() {
        // JPA
    }

    public ConsultationCase(long sessionId, CaseText text, Asker asker, Instant bookedAt) {
        this.sessionId = sessionId;
        this.question = Problems.clean(text.question());
        this.reason = text.reason();
        this.description = Problems.clean(text.description());
        this.askerUsername = asker.username();
        this.askerProfession = asker.profession();
        this.askerOrganisation = asker.organisation();
        this.bookedAt = bookedAt;
    }

    /** Given its place in the queue; once. */
    void arrive(int arrival) {
        if (this.arrival != 0) {
            throw new IllegalStateException("case " + getId() + " already arrived as " + this.arrival);
        }
        this.arrival = arrival;
    }

    public void cancel(Instant now) {
        if (cancelledAt != null) {
            Problems.refuse("case", "consultations.case.already-cancelled");
        }
        cancelledAt = now;
    }

    /**
     * Records what came of the case: a referral to a service names the catalogue service (and only then one is named);
     * the handling time is 0–600 minutes.
     */
    public void conclude(Outcome outcome, Long serviceId, String followUp, Integer minutes) {
        Outcome.requireRecordable(outcome, serviceId, minutes);
        this.outcome = outcome;
        this.outcomeServiceId = serviceId;
        this.followUp = Problems.clean(followUp);
        this.handlingMinutes = minutes;
    }

    /** The panel takes the case up in the live room: once, and never a cancelled one. */
    public void start(Instant now) {
        if (isCancelled()) {
            Problems.refuse("case", "consultations.case.already-cancelled");
        }
        if (startedAt != null) {
            Problems.refuse("case", "consultations.room.already-started");
        }
        startedAt = now;
    }

    /**
     * The panel marks the case handled: it must have been started, and only once. Its handling time, unless the panel
     * has recorded one, is the time from start to now in whole minutes (rounded up, at most {@value Outcome#MAX_MINUTES}).
     */
    public void markHandled(Instant now) {
        if (startedAt == null) {
            Problems.refuse("case", "consultations.room.not-started");
        }
        if (handledAt != null) {
            Problems.refuse("case", "consultations.room.already-handled");
        }
        handledAt = now.isBefore(startedAt) ? startedAt : now;
        if (handlingMinutes == null) {
            long seconds = java.time.Duration.between(startedAt, handledAt).toSeconds();
            handlingMinutes = (int) Math.min(Outcome.MAX_MINUTES, (seconds + 59) / 60);
        }
    }

    /** Whether this is the case being handled: started and not yet handled. */
    public boolean isCurrent() {
        return startedAt != null && handledAt == null;
    }

    /**
     * Saves the room's shared notes on this case (already checked for identifying text), written over the version
     * {@code basedOn} the writer saw: when someone saved in between, refused ({@code consultations.room.notes-conflict},
     * with who saved), so no save is lost silently.
     */
    public void writeNotes(String text, int basedOn, String by, Instant at) {
        if (basedOn != notesVersion) {
            Problems.refuse("notes", "consultations.room.notes-conflict", notesBy == null ? "-" : notesBy);
        }
        String cleaned = Problems.clean(text);
        new Problems().maxLength("notes", cleaned, NOTES_MAX).throwIfAny();
        notes = cleaned;
        notesVersion++;
        notesBy = by;
        notesAt = at;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    @Override
    public Problems check() {
        return new Problems().required("question", question).maxLength("question", question, QUESTION_MAX)
                .required("reason", reason).maxLength("description", description, DESCRIPTION_MAX)
                .required("askerProfession", askerProfession).maxLength("followUp", followUp, 1000)
                .maxLength("notes", notes, NOTES_MAX);
    }

    public long getSessionId() { return sessionId; }
    public int getArrival() { return arrival; }
    public String getQuestion() { return question; }
    public Reason getReason() { return reason; }
    public String getDescription() { return description; }
    public String getAskerUsername() { return askerUsername; }
    public String getAskerProfession() { return askerProfession; }
    public String getAskerOrganisation() { return askerOrganisation; }
    public Instant getBookedAt() { return bookedAt; }
    public Optional<Instant> getCancelledAt() { return Optional.ofNullable(cancelledAt); }
    public Optional<Outcome> getOutcome() { return Optional.ofNullable(outcome); }
    public Optional<Long> getOutcomeServiceId() { return Optional.ofNullable(outcomeServiceId); }
    public String getFollowUp() { return followUp; }
    public Optional<Integer> getHandlingMinutes() { return Optional.ofNullable(handlingMinutes); }
    public Optional<Instant> getStartedAt() { return Optional.ofNullable(startedAt); }
    public Optional<Instant> getHandledAt() { return Optional.ofNullable(handledAt); }
    public String getNotes() { return notes; }
    public int getNotesVersion() { return notesVersion; }
    public String getNotesBy() { return notesBy; }
    public Optional<Instant> getNotesAt() { return Optional.ofNullable(notesAt); }
}
