package fi.kykyverkko.consultations.series;

import fi.kykyverkko.consultations.calendar.DeadlineRule;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.domain.Stamped;
import fi.kykyverkko.kernel.domain.TextListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A consultation hour series: what it is for and its ground rules, when it meets (weekly, every other week from its
 * first date, or ad hoc), where (a place and/or an online link), how many cases an hour it takes, who may book
 * (profession titles and organisation codes of the networks module; both empty: every professional of the region)
 * and its booking deadline rule. The panel is {@link PanelMember}s; the dated occurrences are sessions.
 */
@Entity
@Table(name = "consultation_series")
public class ConsultationSeries extends Stamped {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Column(nullable = false)
    private String title;

    private String purpose;

    @Column(name = "ground_rules")
    private String groundRules;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Recurrence recurrence = Recurrence.WEEKLY;

    private Integer weekday;

    @Column(name = "first_date")
    private LocalDate firstDate;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "capacity_per_hour", nullable = false)
    private int capacityPerHour = 3;

    @Convert(converter = TextListConverter.class)
    @Column(name = "allowed_professions", nullable = false)
    private List<String> allowedProfessions = new ArrayList<>();

    @Convert(converter = TextListConverter.class)
    @Column(name = "allowed_organisations", nullable = false)
    private List<String> allowedOrganisations = new ArrayList<>();

    @Column(name = "deadline_days_before", nullable = false)
    private int deadlineDaysBefore = DeadlineRule.DEFAULT.workingDaysBefore();

    @Column(name = "deadline_time", nullable = false)
    private LocalTime deadlineTime = DeadlineRule.DEFAULT.time();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected ConsultationSeries() {
        // JPA
    }

    public ConsultationSeries(String createdBy) {
        this.createdBy = createdBy;
    }

    /** Sets when it meets: the hours must end after they start; a recurring series needs its first date (its weekday follows). */
    public void schedule(Recurrence recurrence, LocalDate firstDate, LocalTime start, LocalTime end) {
        if (recurrence == null) {
            Problems.refuse("recurrence", "validation.required");
        }
        if (start == null || end == null) {
            Problems.refuse(start == null ? "startTime" : "endTime", "validation.required");
        }
        if (!end.isAfter(start)) {
            Problems.refuse("endTime", "consultations.series.end-before-start");
        }
        if (recurrence != Recurrence.AD_HOC && firstDate == null) {
            Problems.refuse("firstDate", "consultations.series.first-date-required");
        }
        this.recurrence = recurrence;
        this.firstDate = firstDate;
        this.weekday = firstDate == null ? null : firstDate.getDayOfWeek().getValue();
        this.startTime = start;
        this.endTime = end;
    }

    public void setCapacityPerHour(int capacity) {
        if (capacity < 1 || capacity > 20) {
            Problems.refuse("capacityPerHour", "consultations.series.capacity", 1, 20);
        }
        this.capacityPerHour = capacity;
    }

    public void setDeadlineRule(DeadlineRule rule) {
        this.deadlineDaysBefore = rule.workingDaysBefore();
        this.deadlineTime = rule.time();
    }

    /** Who may book: profession titles and organisation codes, each list cleaned (trimmed, distinct, non-empty). */
    public void allowBooking(List<String> professions, List<String> organisations) {
        this.allowedProfessions = clean(professions);
        this.allowedOrganisations = clean(organisations);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(TextListConverter.split(String.join(";", values)));
    }

    /**
     * Whether a professional of {@code profession} in the organisation {@code organisationCode} may book: every
     * professional when both lists are empty, otherwise one who matches either list (case-insensitive).
     */
    public boolean mayBook(String profession, String organisationCode) {
        if (allowedProfessions.isEmpty() && allowedOrganisations.isEmpty()) {
            return true;
        }
        return matches(allowedProfessions, profession) || matches(allowedOrganisations, organisationCode);
    }

    private static boolean matches(List<String> allowed, String value) {
        return value != null && allowed.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT)));
    }

    /** Cases a session of this series takes: the capacity an hour over its length, at least one. */
    public int sessionCapacity() {
        long minutes = Duration.between(startTime, endTime).toMinutes();
        return (int) Math.max(1, Math.round(capacityPerHour * minutes / 60.0));
    }

    /** Whether the series' rhythm has a session on {@code date} (always false for ad hoc). */
    public boolean meetsOn(LocalDate date) {
        if (recurrence == Recurrence.AD_HOC || firstDate == null || date.isBefore(firstDate)) {
            return false;
        }
        return java.time.temporal.ChronoUnit.DAYS.between(firstDate, date) % recurrence.stepDays() == 0;
    }

    public void retire() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    @Override
    public Problems check() {
        Problems problems = new Problems();
        problems.required("title", title).maxLength("title", title, TITLE_MAX)
                .maxLength("purpose", purpose, TEXT_MAX).maxLength("groundRules", groundRules, TEXT_MAX)
                .maxLength("place", place, 300).url("onlineLink", onlineLink).maxLength("onlineLink", onlineLink, 500)
                .required("startTime", startTime).required("endTime", endTime).required("recurrence", recurrence);
        if (place == null && onlineLink == null) {
            problems.add("place", "consultations.series.place-or-link");
        }
        if (recurrence != null && recurrence != Recurrence.AD_HOC && firstDate == null) {
            problems.add("firstDate", "consultations.series.first-date-required");
        }
        problems.maxLength("allowedProfessions", String.join(";", allowedProfessions), 2000)
                .maxLength("allowedOrganisations", String.join(";", allowedOrganisations), 2000);
        return problems;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = Problems.clean(title); }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = Problems.clean(purpose); }
    public String getGroundRules() { return groundRules; }
    public void setGroundRules(String groundRules) { this.groundRules = Problems.clean(groundRules); }
    public Recurrence getRecurrence() { return recurrence; }
    public DayOfWeek getWeekday() { return weekday == null ? null : DayOfWeek.of(weekday); }
    public LocalDate getFirstDate() { return firstDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = Problems.clean(place); }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = Problems.clean(onlineLink); }
    public int getCapacityPerHour() { return capacityPerHour; }
    public List<String> getAllowedProfessions() { return List.copyOf(allowedProfessions); }
    public List<String> getAllowedOrganisations() { return List.copyOf(allowedOrganisations); }
    public DeadlineRule deadlineRule() { return new DeadlineRule(deadlineDaysBefore, deadlineTime); }
    public boolean isActive() { return active; }
    public String getCreatedBy() { return createdBy; }
}
