package fi.kykyverkko.panels.panel;

import fi.kykyverkko.kernel.domain.Problems;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a panel meets: every {@code interval} weeks on a weekday, or every {@code interval} months on the 1st–4th or the
 * last such weekday of the month ("the first Friday of each month"), at one time and place. Every month has a 1st–4th
 * and a last weekday, so a monthly cadence yields exactly one date in every month it covers: nothing is skipped silently
 * (a "fifth Friday" is refused instead).
 *
 * @param ordinal for months: 1–4, or -1 for the last; null for weeks
 */
public record Cadence(Frequency frequency, int interval, DayOfWeek weekday, Integer ordinal, LocalTime time, int minutes, String place) {

    public enum Frequency { WEEKLY, MONTHLY }

    public Cadence {
        Problems problems = problems(frequency, interval, weekday, ordinal, time, minutes);
        problems.throwIfAny();
        place = Problems.clean(place);
    }

    /** Every rule a cadence keeps, as keys of the module's bundle. */
    public static Problems problems(Frequency frequency, int interval, DayOfWeek weekday, Integer ordinal, LocalTime time, int minutes) {
        Problems problems = new Problems().required("frequency", frequency).required("weekday", weekday).required("time", time);
        if (interval < 1 || interval > 12) {
            problems.add("interval", "panels.cadence.interval");
        }
        if (frequency == Frequency.MONTHLY && (ordinal == null || ordinal == 0 || ordinal < -1 || ordinal > 4)) {
            problems.add("ordinal", "panels.cadence.ordinal");
        }
        if (frequency == Frequency.WEEKLY && ordinal != null) {
            problems.add("ordinal", "panels.cadence.ordinal-weekly");
        }
        if (minutes < 15 || minutes > 8 * 60) {
            problems.add("minutes", "panels.cadence.minutes");
        }
        return problems;
    }

    public static Cadence monthly(DayOfWeek weekday, int ordinal, LocalTime time, int minutes, String place) {
        return new Cadence(Frequency.MONTHLY, 1, weekday, ordinal, time, minutes, place);
    }

    public static Cadence weekly(int interval, DayOfWeek weekday, LocalTime time, int minutes, String place) {
        return new Cadence(Frequency.WEEKLY, interval, weekday, null, time, minutes, place);
    }

    /**
     * The meeting dates from {@code from} to {@code until}, both inclusive, in order. Weekly: the first fitting weekday
     * on or after {@code from}, then every {@code interval} weeks. Monthly: the wanted weekday of {@code from}'s month
     * and of every {@code interval}-th month after it, those not before {@code from}.
     */
    public List<LocalDate> dates(LocalDate from, LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        if (until.isBefore(from)) {
            return dates;
        }
        if (frequency == Frequency.WEEKLY) {
            for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(weekday)); !d.isAfter(until); d = d.plusWeeks(interval)) {
                dates.add(d);
            }
            return dates;
        }
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(until); month = month.plusMonths(interval)) {
            LocalDate d = in(month);
            if (!d.isBefore(from) && !d.isAfter(until)) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** The cadence's date in {@code month} (monthly cadences). */
    public LocalDate in(YearMonth month) {
        return ordinal == -1 ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
    }

    /** Whether a meeting on {@code date} keeps the cadence's day (a moved meeting may not). */
    public boolean fits(LocalDate date, LocalDate anchor) {
        if (date.getDayOfWeek() != weekday) {
            return false;
        }
        if (frequency == Frequency.WEEKLY) {
            return ChronoUnit.WEEKS.between(anchor.with(TemporalAdjusters.nextOrSame(weekday)), date) % interval == 0;
        }
        return in(YearMonth.from(date)).equals(date);
    }
}
