package fi.kykyverkko.networks.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How often a group means to meet: every n weeks (optionally on a weekday: "every other Wednesday"), or every
 * n months (optionally on a weekday, optionally its 1st–4th or last one: "monthly on Fridays", "the first
 * Tuesday of the month"). Stored as text: {@code W2:WEDNESDAY}, {@code M1:FRIDAY}, {@code M1:TUESDAY:1},
 * {@code M2:THURSDAY:-1}, {@code M3}.
 *
 * @param unit     weeks or months
 * @param interval how many units between meetings, 1–12
 * @param day      the weekday meetings fall on, or null for any day
 * @param ordinal  with months and a day: 1–4 for the first to fourth, -1 for the last; null for any such day
 */
public record Cadence(Unit unit, int interval, DayOfWeek day, Integer ordinal) {

    public enum Unit { WEEKS, MONTHS }

    public Cadence {
        if (unit == null || interval < 1 || interval > 12) {
            throw new IllegalArgumentException("interval must be 1–12 " + unit);
        }
        if (ordinal != null && (unit != Unit.MONTHS || day == null || ordinal == 0 || ordinal < -1 || ordinal > 4)) {
            throw new IllegalArgumentException("ordinal needs months, a day and 1–4 or -1");
        }
    }

    public static Cadence weekly(int interval, DayOfWeek day) {
        return new Cadence(Unit.WEEKS, interval, day, null);
    }

    public static Cadence monthly(int interval, DayOfWeek day, Integer ordinal) {
        return new Cadence(Unit.MONTHS, interval, day, ordinal);
    }

    /**
     * The latest date the meeting after one held on {@code last} is due: the day itself for exact cadences
     * ("first Tuesday", "every other Wednesday"), the last fitting day of the month for loose ones
     * ("monthly on Fridays", "monthly").
     */
    public LocalDate dueAfter(LocalDate last) {
        if (unit == Unit.WEEKS) {
            LocalDate target = last.plusWeeks(interval);
            // without a weekday the group meets on working days: a Saturday target is due by the Friday before
            return day == null ? lastWorkingDayOnOrBefore(target) : target.with(TemporalAdjusters.nextOrSame(day));
        }
        YearMonth month = YearMonth.from(last).plusMonths(interval);
        if (day == null) {
            return lastWorkingDayOnOrBefore(month.atEndOfMonth());
        }
        if (ordinal == null || ordinal == -1) {
            return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day));
        }
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }

    /**
     * Whether a meeting on {@code date} keeps the rule: on the cadence's weekday, and for "the first Tuesday" on
     * that very one; a cadence without a weekday asks for a working day. (How far apart meetings are is
     * {@link #dueAfter}'s part.)
     */
    public boolean fits(LocalDate date) {
        if (day == null) {
            return isWorkingDay(date);
        }
        if (date.getDayOfWeek() != day) {
            return false;
        }
        if (ordinal == null) {
            return true;
        }
        YearMonth month = YearMonth.from(date);
        LocalDate wanted = ordinal == -1 ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(day))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
        return wanted.equals(date);
    }

    /** Monday to Friday (public holidays are not known here). */
    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate lastWorkingDayOnOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    public String toText() {
        StringBuilder text = new StringBuilder(unit == Unit.WEEKS ? "W" : "M").append(interval);
        if (day != null) {
            text.append(':').append(day.name());
        }
        if (ordinal != null) {
            text.append(':').append(ordinal);
        }
        return text.toString();
    }

    /** Parses {@link #toText()}'s form; throws IllegalArgumentException on anything else. */
    public static Cadence parse(String text) {
        String[] parts = text.strip().toUpperCase(Locale.ROOT).split(":");
        if (parts[0].length() < 2 || (parts[0].charAt(0) != 'W' && parts[0].charAt(0) != 'M') || parts.length > 3) {
            throw new IllegalArgumentException("not a cadence: " + text);
        }
        Unit unit = parts[0].charAt(0) == 'W' ? Unit.WEEKS : Unit.MONTHS;
        int interval = Integer.parseInt(parts[0].substring(1));
        DayOfWeek day = parts.length > 1 ? DayOfWeek.valueOf(parts[1]) : null;
        Integer ordinal = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
        return new Cadence(unit, interval, day, ordinal);
    }
}
