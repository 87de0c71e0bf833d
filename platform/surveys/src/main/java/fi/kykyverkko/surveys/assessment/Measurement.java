package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One measurement of one clienthood episode at one point of its schedule with one instrument. Planned with its due
 * day; the client answers it once through a personal link; the answers are checked and scored against the exact
 * instrument version they were given to and kept with their scores. An answered measurement never changes again.
 */
@Entity
@Table(name = "measurement")
public class Measurement extends Stamped {

    /** The personal link's purpose, and the prefix of its subject ({@code measurement:<id>}). */
    public static final String LINK_PURPOSE = "self-assessment";
    public static final String SUBJECT_PREFIX = "measurement:";

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @Column(name = "service_id", nullable = false)
    private long serviceId;

    @Column(name = "point_code", nullable = false)
    private String pointCode;

    @Column(name = "point_position", nullable = false)
    private int pointPosition;

    @Column(name = "instrument_code", nullable = false)
    private String instrumentCode;

    @Column(name = "instrument_version")
    private Integer instrumentVersion;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "link_id")
    private Long linkId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "link_issued_at")
    private Instant linkIssuedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answers")
    private String answers;

    @Column(name = "scores")
    private String scores;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Measurement() {
        // for JPA
    }

    /** A planned measurement of the episode (its client and service) at a point of the schedule. */
    public Measurement(long episodeId, long clientId, long serviceId, Schedule.Planned planned, Instant now) {
        this.episodeId = episodeId;
        this.clientId = clientId;
        this.serviceId = serviceId;
        this.pointCode = planned.pointCode();
        this.pointPosition = planned.position();
        this.instrumentCode = planned.instrumentCode();
        this.dueOn = planned.dueOn();
        this.createdAt = now;
    }

    /** The schedule moved the day (the episode's end was corrected, the schedule changed); only while unanswered. */
    public void reschedule(LocalDate day) {
        if (!isAnswered() && day != null) {
            dueOn = day;
        }
    }

    /**
     * A personal link was issued for it, to be answered with {@code version} of the instrument (the library's latest
     * at the time). Refused once answered; a new link replaces the old one, which the caller revokes.
     */
    public void linkIssued(long newLinkId, int version, Instant at, Instant expiresAt) {
        refuseIfAnswered();
        if (version < 1) {
            throw new IllegalArgumentException("instrument version " + version);
        }
        this.linkId = newLinkId;
        this.instrumentVersion = version;
        this.linkIssuedAt = at;
        this.linkExpiresAt = expiresAt;
    }

    /**
     * Records the client's answers: checked against {@code definition} (the version the link was issued with) and
     * scored; refused with every problem, nothing stored. Returns the scores.
     */
    public List<StoredScore> answer(InstrumentDefinition definition, AnswerSet given, Instant at) {
        refuseIfAnswered();
        if (instrumentVersion == null || !definition.code().equals(instrumentCode) || definition.version() != instrumentVersion) {
            throw new IllegalArgumentException("measurement " + getId() + " is answered with " + instrumentCode + " " + instrumentVersion);
        }
        var problems = definition.check(given);
        if (!problems.isEmpty()) {
            Problems refused = new Problems();
            problems.forEach(p -> refused.add(p.item(), p.key()));
            refused.throwIfAny();
        }
        List<StoredScore> computed = definition.score(given).stream().map(StoredScore::of).toList();
        this.answers = MeasurementJson.answers(given);
        this.scores = MeasurementJson.scores(computed);
        this.answeredAt = at;
        return computed;
    }

    private void refuseIfAnswered() {
        if (isAnswered()) {
            Problems.refuse("measurement", "assessment.measurement.answered");
        }
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public MeasurementState state(LocalDate today) {
        return MeasurementState.of(dueOn, isAnswered(), today);
    }

    /** The stored value of one score, when answered and the score had enough items. */
    public Optional<StoredScore> score(String code) {
        return getScores().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public String linkSubject() {
        return SUBJECT_PREFIX + getId();
    }

    @Override
    public Problems check() {
        Problems problems = new Problems().code("pointCode", pointCode).code("instrumentCode", instrumentCode)
                .required("dueOn", dueOn).required("createdAt", createdAt);
        if (answeredAt != null && (answers == null || instrumentVersion == null)) {
            problems.add("answers", "validation.required");
        }
        return problems;
    }

    public long getEpisodeId() {
        return episodeId;
    }

    public long getClientId() {
        return clientId;
    }

    public long getServiceId() {
        return serviceId;
    }

    public String getPointCode() {
        return pointCode;
    }

    public int getPointPosition() {
        return pointPosition;
    }

    public String getInstrumentCode() {
        return instrumentCode;
    }

    public Optional<Integer> getInstrumentVersion() {
        return Optional.ofNullable(instrumentVersion);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Optional<Long> getLinkId() {
        return Optional.ofNullable(linkId);
    }

    public Optional<Instant> getLinkExpiresAt() {
        return Optional.ofNullable(linkExpiresAt);
    }

    public Optional<Instant> getLinkIssuedAt() {
        return Optional.ofNullable(linkIssuedAt);
    }

    public Optional<Instant> getAnsweredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public AnswerSet getAnswers() {
        return MeasurementJson.answers(answers);
    }

    public List<StoredScore> getScores() {
        return MeasurementJson.scores(scores);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
