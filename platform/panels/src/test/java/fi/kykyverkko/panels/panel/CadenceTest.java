package fi.kykyverkko.panels.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final LocalTime ONE = LocalTime.of(13, 0);

    @Test
    void theFirstFridayOfEachMonthComesOnceInEveryMonthNoneSkipped() {
        Cadence first = Cadence.monthly(DayOfWeek.FRIDAY, 1, ONE, 120, "Roihula");
        List<LocalDate> dates = first.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(12, dates.size(), dates.toString());
        for (int i = 0; i < 12; i++) {
            LocalDate d = dates.get(i);
            assertEquals(i + 1, d.getMonthValue(), "one in every month, in order: " + dates);
            assertEquals(DayOfWeek.FRIDAY, d.getDayOfWeek());
            assertTrue(d.getDayOfMonth() <= 7, "the first Friday: " + d);
        }
        assertEquals(LocalDate.of(2026, 1, 2), dates.get(0));
        assertEquals(LocalDate.of(2026, 5, 1), dates.get(4), "May Day is a Friday in 2026: the rule does not skip it silently");
    }

    @Test
    void theLastFridayWorksInMonthsWithFourAndWithFiveFridays() {
        Cadence last = Cadence.monthly(DayOfWeek.FRIDAY, -1, ONE, 120, null);
        assertEquals(LocalDate.of(2026, 1, 30), last.in(YearMonth.of(2026, 1)), "January 2026 has five Fridays");
        assertEquals(LocalDate.of(2026, 2, 27), last.in(YearMonth.of(2026, 2)), "February 2026 has four");
        assertEquals(12, last.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).size());
    }

    @Test
    void aFifthWeekdayIsRefusedRatherThanMissingInSomeMonths() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Cadence(Cadence.Frequency.MONTHLY, 1, DayOfWeek.FRIDAY, 5, ONE, 60, null));
        assertEquals("panels.cadence.ordinal", e.problems().of("ordinal").get(0).key());
        assertThrows(InvalidInputException.class, () -> new Cadence(Cadence.Frequency.MONTHLY, 1, DayOfWeek.FRIDAY, null, ONE, 60, null));
        assertThrows(InvalidInputException.class, () -> new Cadence(Cadence.Frequency.MONTHLY, 1, DayOfWeek.FRIDAY, 0, ONE, 60, null));
    }

    @Test
    void datesStartFromTheGivenDayAndEndOnTheLastInclusive() {
        Cadence first = Cadence.monthly(DayOfWeek.FRIDAY, 1, ONE, 120, null);
        List<LocalDate> dates = first.dates(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 3, 6));
        assertEquals(List.of(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 3, 6)), dates, "January's was on the 2nd, before the start");
        assertEquals(List.of(), first.dates(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void everyOtherWeekOnWednesdays() {
        Cadence c = Cadence.weekly(2, DayOfWeek.WEDNESDAY, ONE, 90, null);
        List<LocalDate> dates = c.dates(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 31));
        assertEquals(LocalDate.of(2026, 12, 9), dates.get(0));
        for (int i = 1; i < dates.size(); i++) {
            assertEquals(dates.get(i - 1).plusWeeks(2), dates.get(i), "every other week: " + dates);
        }
        assertEquals(4, dates.size(), dates.toString());
        assertTrue(c.fits(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 3)));
        assertFalse(c.fits(LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 3)));
    }

    @Test
    void everySecondMonthStaysInItsRhythm() {
        Cadence c = new Cadence(Cadence.Frequency.MONTHLY, 2, DayOfWeek.TUESDAY, 2, ONE, 60, null);
        List<LocalDate> dates = c.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertEquals(List.of(1, 3, 5, 7, 9, 11), dates.stream().map(LocalDate::getMonthValue).toList());
    }

    @Test
    void intervalAndLengthAreChecked() {
        assertThrows(InvalidInputException.class, () -> Cadence.weekly(0, DayOfWeek.MONDAY, ONE, 60, null));
        assertThrows(InvalidInputException.class, () -> Cadence.weekly(13, DayOfWeek.MONDAY, ONE, 60, null));
        assertThrows(InvalidInputException.class, () -> Cadence.weekly(1, DayOfWeek.MONDAY, ONE, 5, null));
        assertThrows(InvalidInputException.class, () -> new Cadence(Cadence.Frequency.WEEKLY, 1, DayOfWeek.MONDAY, 1, ONE, 60, null));
        assertThrows(InvalidInputException.class, () -> Cadence.weekly(1, null, ONE, 60, null));
    }
}
