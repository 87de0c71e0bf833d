package fi.kykyverkko.surveys.survey;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A survey: one exact version of an instrument in the region's library, sent to an audience within a window.
 * Anonymous surveys keep no path from an answer to its respondent and hide results below {@link #getMinCount()}.
 * The instrument version, access and anonymity are fixed when the survey is made: answers mean something only
 * under the rules they were given under.
 */
@Entity
@Table(name = "survey")
public class Survey extends Stamped {

    public static final int TITLE_MAX = 200;
    public static final int DEFAULT_MIN_COUNT = 5;

    @Column(nullable = false)
    private String title;

    @Column(name = "instrument_code", nullable = false)
    private String instrumentCode;

    @Column(name = "instrument_number", nullable = false)
    private int instrumentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Access access;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "min_count", nullable = false)
    private int minCount = DEFAULT_MIN_COUNT;

    @Column(name = "remind_after_days", nullable = false)
    private int remindAfterDays = ReminderPolicy.DEFAULT.afterDays();

    @Column(name = "max_reminders", nullable = false)
    private int maxReminders = ReminderPolicy.DEFAULT.maxReminders();

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Survey() {
    }

    public Survey(String title, String instrumentCode, int instrumentNumber, Audience audience, Access access,
                  boolean anonymous, String createdBy, Instant now) {
        this.title = title;
        this.instrumentCode = instrumentCode;
        this.instrumentNumber = instrumentNumber;
        this.audience = audience;
        this.access = access;
        this.anonymous = anonymous;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Sets the answering window; the end must come after the start. */
    public void schedule(Instant opens, Instant closes) {
        if (opens == null || closes == null) {
            Problems.refuse("window", "survey.window.required");
        }
        if (!closes.isAfter(opens)) {
            Problems.refuse("closesAt", "survey.window.end-before-start");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    public void setReminders(ReminderPolicy policy) {
        this.remindAfterDays = policy.afterDays();
        this.maxReminders = policy.maxReminders();
    }

    public void setMinCount(int minCount) {
        if (minCount < 1) {
            Problems.refuse("minCount", "survey.min-count.invalid");
        }
        this.minCount = minCount;
    }

    public void retitle(String title) {
        this.title = title;
    }

    /** Whether answers are taken at {@code now}: from the opening (inclusive) to the closing (exclusive). */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** How long a personal link of this survey lives when issued at {@code now}: to the closing, at least a minute. */
    public Duration linkLifetime(Instant now) {
        Duration left = Duration.between(now, closesAt);
        Duration max = Duration.ofDays(366);
        return left.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : left.compareTo(max) > 0 ? max : left;
    }

    /** Whether results with {@code responses} answers may be shown: anonymous surveys hide everything below the minimum. */
    public boolean resultsVisible(long responses) {
        return !anonymous || responses >= minCount;
    }

    public ReminderPolicy reminders() {
        return new ReminderPolicy(remindAfterDays, maxReminders);
    }

    @Override
    public Problems check() {
        Problems problems = new Problems();
        problems.required("title", title).maxLength("title", title, TITLE_MAX);
        problems.required("instrument", instrumentCode);
        problems.required("audience", audience);
        problems.required("access", access);
        if (opensAt == null || closesAt == null) {
            problems.add("window", "survey.window.required");
        }
        if (instrumentNumber < 1) {
            problems.add("instrument", "survey.instrument.unknown");
        }
        return problems;
    }

    public String getTitle() {
        return title;
    }

    public String getInstrumentCode() {
        return instrumentCode;
    }

    public int getInstrumentNumber() {
        return instrumentNumber;
    }

    public Audience getAudience() {
        return audience;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Access getAccess() {
        return access;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public int getMinCount() {
        return minCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
