package fi.kykyverkko.consultations.calendar;

import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.time.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * When booking a session closes: {@code time} (Europe/Helsinki) on the {@code workingDaysBefore}-th Finnish working
 * day before the session's date ({@link FinnishCalendar}). The default is 12:00 on the previous working day, as in
 * Lapland's consultation hour. The deadline itself is already late: booking is open while {@code now} is before it.
 */
public record DeadlineRule(int workingDaysBefore, LocalTime time) {

    public static final DeadlineRule DEFAULT = new DeadlineRule(1, LocalTime.NOON);
    public static final int MAX_DAYS = 10;

    public DeadlineRule {
        if (time == null) {
            Problems.refuse("deadlineTime", "validation.required");
        }
        if (workingDaysBefore < 0 || workingDaysBefore > MAX_DAYS) {
            Problems.refuse("deadlineDaysBefore", "consultations.series.deadline-days", MAX_DAYS);
        }
    }

    /** The deadline of a session held on {@code sessionDate}, as an instant (daylight-saving time handled by the zone). */
    public Instant deadlineFor(LocalDate sessionDate) {
        return PortalTime.instant(FinnishCalendar.workingDaysBefore(sessionDate, workingDaysBefore).atTime(time));
    }

    /** Whether a booking made at {@code now} is in time for a session whose deadline is {@code deadline}. */
    public static boolean inTime(Instant now, Instant deadline) {
        return now.isBefore(deadline);
    }
}
