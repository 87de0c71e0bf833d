package fi.kykyverkko.networks.demo;

import fi.kykyverkko.networks.groups.Cadence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The demo network's dates, counted from the day it is loaded so the demo stays current, and always on days
 * people meet. The demo files name no dates: a meeting is an occurrence of its group's cadence (0 the latest on or
 * before today, -1 the one before, 1 the next), an event a weekday of a week (0 this week, -4 four weeks ago), a
 * task's due date a number of days (moved back to a working day). Counting in plain days from whatever day the demo
 * was loaded put events on Sundays and a "first Tuesday" group's meetings on Wednesdays.
 */
final class DemoCalendar {

    private DemoCalendar() {
    }

    /**
     * The {@code occurrence}-th meeting day of {@code cadence} counted from {@code today}: the cadence's own day when
     * it is exact ("the first Tuesday"), the second such weekday of the month for "monthly on Fridays", the second
     * Tuesday for a cadence without a weekday, and Tuesdays for a group without a cadence.
     */
    static LocalDate meeting(Cadence cadence, LocalDate today, int occurrence) {
        if (cadence == null) {
            return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)).plusWeeks(occurrence);
        }
        if (cadence.unit() == Cadence.Unit.WEEKS) {
            DayOfWeek day = cadence.day() == null ? DayOfWeek.TUESDAY : cadence.day();
            return today.with(TemporalAdjusters.previousOrSame(day)).plusWeeks((long) occurrence * cadence.interval());
        }
        YearMonth latest = YearMonth.from(today);
        if (dayIn(cadence, latest).isAfter(today)) {
            latest = latest.minusMonths(1);
        }
        return dayIn(cadence, latest.plusMonths((long) occurrence * cadence.interval()));
    }

    private static LocalDate dayIn(Cadence cadence, YearMonth month) {
        DayOfWeek day = cadence.day() == null ? DayOfWeek.TUESDAY : cadence.day();
        if (cadence.ordinal() == null) {
            return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, day));
        }
        return cadence.ordinal() == -1 ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(cadence.ordinal(), day));
    }

    /** {@code day} of the week {@code week} weeks from this one (weeks start on Monday). */
    static LocalDate event(LocalDate today, int week, DayOfWeek day) {
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException("demo events are on working days, not " + day);
        }
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week).with(TemporalAdjusters.nextOrSame(day));
    }

    /** {@code days} from today, moved back to the Friday before when that is a weekend. */
    static LocalDate due(LocalDate today, int days) {
        LocalDate day = today.plusDays(days);
        while (!Cadence.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
