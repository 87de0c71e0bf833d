package fi.kykyverkko.surveys.assessment;

import java.time.LocalDate;

/**
 * Where a measurement stands on a day. It is due from {@value #WINDOW_DAYS} days before its day until
 * {@value #WINDOW_DAYS} days after it, overdue after that until it is answered; before the window it is upcoming.
 * A measurement is never "missed" for good: a late answer is still an answer, and the list says how late it is.
 */
public enum MeasurementState {
    UPCOMING, DUE, OVERDUE, ANSWERED;

    public static final int WINDOW_DAYS = 14;

    public static MeasurementState of(LocalDate dueOn, boolean answered, LocalDate today) {
        if (answered) {
            return ANSWERED;
        }
        if (today.isBefore(dueOn.minusDays(WINDOW_DAYS))) {
            return UPCOMING;
        }
        if (!today.isAfter(dueOn.plusDays(WINDOW_DAYS))) {
            return DUE;
        }
        return OVERDUE;
    }

    public String labelKey() {
        return "assessment.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
