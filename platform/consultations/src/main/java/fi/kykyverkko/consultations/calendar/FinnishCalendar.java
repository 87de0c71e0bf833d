package fi.kykyverkko.consultations.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finnish working days, every year's public holidays computed (never a list for one year): Easter by the
 * Anonymous Gregorian computus, and from it Good Friday, Easter Monday and Ascension Day (Easter + 39); Midsummer Eve
 * and Day on the Friday and Saturday between 19–25 and 20–26 June; All Saints' Day on the Saturday between 31 October
 * and 6 November; and the fixed ones: New Year's Day, Epiphany, May Day, Independence Day and Christmas Eve, Day and
 * Boxing Day. Midsummer Eve and Christmas Eve are not public holidays by law but are days off in practice and count
 * here as non-working days, as do Saturdays and Sundays.
 */
public final class FinnishCalendar {

    private FinnishCalendar() {
    }

    /** Easter Sunday of {@code year} (Gregorian; the Anonymous / Meeus–Jones–Butcher algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** Every non-working day of {@code year} that is not simply a weekend, with its Finnish name, in date order. */
    public static Map<LocalDate, String> holidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, 1, 1), "uudenvuodenpäivä");
        days.put(LocalDate.of(year, 1, 6), "loppiainen");
        days.put(easter.minusDays(2), "pitkäperjantai");
        days.put(easter, "pääsiäispäivä");
        days.put(easter.plusDays(1), "2. pääsiäispäivä");
        days.put(LocalDate.of(year, 5, 1), "vappu");
        days.put(easter.plusDays(39), "helatorstai");
        days.put(easter.plusDays(49), "helluntaipäivä");
        LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        days.put(midsummerEve, "juhannusaatto");
        days.put(midsummerEve.plusDays(1), "juhannuspäivä");
        days.put(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), "pyhäinpäivä");
        days.put(LocalDate.of(year, 12, 6), "itsenäisyyspäivä");
        days.put(LocalDate.of(year, 12, 24), "jouluaatto");
        days.put(LocalDate.of(year, 12, 25), "joulupäivä");
        days.put(LocalDate.of(year, 12, 26), "tapaninpäivä");
        return days;
    }

    /** The holiday's Finnish name, when {@code date} is one (weekends are not named). */
    public static Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays(date.getYear()).get(date));
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holiday(date).isEmpty();
    }

    /** The {@code n}-th working day before {@code date} (n = 0: {@code date} itself when it is one, else the one before). */
    public static LocalDate workingDaysBefore(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        if (n == 0) {
            while (!isWorkingDay(day)) {
                day = day.minusDays(1);
            }
            return day;
        }
        int found = 0;
        while (found < n) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        return day;
    }
}
