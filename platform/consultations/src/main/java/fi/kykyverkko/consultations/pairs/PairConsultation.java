package fi.kykyverkko.consultations.pairs;

import fi.kykyverkko.consultations.booking.Asker;
import fi.kykyverkko.consultations.booking.Outcome;
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
import java.util.Optional;

/**
 * A pair consultation, lighter than a series: a professional asks a consultant (a network person, e.g. the work
 * ability coordinator touring the health stations) on a topic; the consultant accepts or declines; once held it is
 * logged with its outcome. Each step is an act of its own and refused out of order.
 */
@Entity
@Table(name = "consultation_pair")
public class PairConsultation extends Stamped {

    public static final int TOPIC_MAX = 1000;

    @Column(nullable = false)
    private String topic;

    @Column(name = "wanted_on")
    private LocalDate wantedOn;

    @Column(name = "consultant_person_id", nullable = false)
    private long consultantPersonId;

    @Column(name = "requester_username", nullable = false)
    private String requesterUsername;

    @Column(name = "requester_profession", nullable = false)
    private String requesterProfession;

    @Column(name = "requester_organisation")
    private String requesterOrganisation;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PairState state = PairState.REQUESTED;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "outcome_service_id")
    private Long outcomeServiceId;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "handling_minutes")
    private Integer handlingMinutes;

    protected PairConsultation() {
        // JPA
    }

    public PairConsultation(String topic, LocalDate wantedOn, long consultantPersonId, Asker requester, Instant now) {
        this.topic = Problems.clean(topic);
        this.wantedOn = wantedOn;
        this.consultantPersonId = consultantPersonId;
        this.requesterUsername = requester.username();
        this.requesterProfession = requester.profession();
        this.requesterOrganisation = requester.organisation();
        this.requestedAt = now;
    }

    public void accept(Instant now) {
        decide(now);
        state = PairState.ACCEPTED;
    }

    public void decline(Instant now) {
        decide(now);
        state = PairState.DECLINED;
    }

    private void decide(Instant now) {
        if (state != PairState.REQUESTED) {
            Problems.refuse("state", "consultations.pair.not-requested");
        }
        decidedAt = now;
    }

    /** Held on {@code day} and logged with its outcome (the service when referred to one, and only then), minutes 0–600. */
    public void log(LocalDate day, Outcome outcome, Long serviceId, String followUp, Integer minutes) {
        if (state != PairState.ACCEPTED) {
            Problems.refuse("state", "consultations.pair.not-accepted");
        }
        if (day == null) {
            Problems.refuse("heldOn", "validation.required");
        }
        Outcome.requireRecordable(outcome, serviceId, minutes);
        this.heldOn = day;
        this.outcome = outcome;
        this.outcomeServiceId = serviceId;
        this.followUp = Problems.clean(followUp);
        this.handlingMinutes = minutes;
        this.state = PairState.HELD;
    }

    @Override
    public Problems check() {
        return new Problems().required("topic", topic).maxLength("topic", topic, TOPIC_MAX).maxLength("followUp", followUp, 1000)
                .required("requesterProfession", requesterProfession);
    }

    public String getTopic() { return topic; }
    public Optional<LocalDate> getWantedOn() { return Optional.ofNullable(wantedOn); }
    public long getConsultantPersonId() { return consultantPersonId; }
    public String getRequesterUsername() { return requesterUsername; }
    public String getRequesterProfession() { return requesterProfession; }
    public String getRequesterOrganisation() { return requesterOrganisation; }
    public Instant getRequestedAt() { return requestedAt; }
    public PairState getState() { return state; }
    public Optional<LocalDate> getHeldOn() { return Optional.ofNullable(heldOn); }
    public Optional<Outcome> getOutcome() { return Optional.ofNullable(outcome); }
    public Optional<Long> getOutcomeServiceId() { return Optional.ofNullable(outcomeServiceId); }
    public String getFollowUp() { return followUp; }
    public Optional<Integer> getHandlingMinutes() { return Optional.ofNullable(handlingMinutes); }
}
