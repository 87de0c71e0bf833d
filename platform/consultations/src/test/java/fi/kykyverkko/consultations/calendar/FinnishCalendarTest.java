package fi.kykyverkko.consultations.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finnish holidays computed for any year, checked against published dates; working days around them. */
class FinnishCalendarTest {

    @Test
    void easterMatchesPublishedDates() {
        assertEquals(LocalDate.of(2024, 3, 31), FinnishCalendar.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), FinnishCalendar.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), FinnishCalendar.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), FinnishCalendar.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), FinnishCalendar.easterSunday(2038)); // the latest possible
        assertEquals(LocalDate.of(2285, 3, 22), FinnishCalendar.easterSunday(2285)); // the earliest possible
        assertEquals(LocalDate.of(2000, 4, 23), FinnishCalendar.easterSunday(2000));
    }

    @Test
    void theMovableHolidaysOf2026() {
        Map<LocalDate, String> days = FinnishCalendar.holidays(2026);
        assertEquals("pitkäperjantai", days.get(LocalDate.of(2026, 4, 3)));
        assertEquals("2. pääsiäispäivä", days.get(LocalDate.of(2026, 4, 6)));
        assertEquals("helatorstai", days.get(LocalDate.of(2026, 5, 14)));
        assertEquals("juhannusaatto", days.get(LocalDate.of(2026, 6, 19)));
        assertEquals("juhannuspäivä", days.get(LocalDate.of(2026, 6, 20)));
        assertEquals("pyhäinpäivä", days.get(LocalDate.of(2026, 10, 31)));
    }

    @Test
    void midsummerAndAllSaintsFallInTheirWindowsOnTheRightWeekday() {
        for (int year = 1990; year <= 2100; year++) {
            LocalDate eve = FinnishCalendar.holidays(year).entrySet().stream().filter(e -> e.getValue().equals("juhannusaatto"))
                    .findFirst().orElseThrow().getKey();
            assertEquals(DayOfWeek.FRIDAY, eve.getDayOfWeek());
            assertTrue(eve.getDayOfMonth() >= 19 && eve.getDayOfMonth() <= 25 && eve.getMonthValue() == 6, eve.toString());
            LocalDate saints = FinnishCalendar.holidays(year).entrySet().stream().filter(e -> e.getValue().equals("pyhäinpäivä"))
                    .findFirst().orElseThrow().getKey();
            assertEquals(DayOfWeek.SATURDAY, saints.getDayOfWeek());
            assertTrue(!saints.isBefore(LocalDate.of(year, 10, 31)) && !saints.isAfter(LocalDate.of(year, 11, 6)), saints.toString());
            LocalDate ascension = FinnishCalendar.easterSunday(year).plusDays(39);
            assertEquals(DayOfWeek.THURSDAY, ascension.getDayOfWeek());
            assertFalse(FinnishCalendar.isWorkingDay(ascension));
        }
    }

    @Test
    void workingDays() {
        assertTrue(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 12, 3)));   // Thursday
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 12, 5)));  // Saturday
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 12, 6)));  // Independence Day, a Sunday
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2027, 12, 6)));  // Independence Day, a Monday
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 12, 24))); // Christmas Eve counts as a day off
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 6, 19)));  // Midsummer Eve counts as a day off
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 1, 6)));
        assertFalse(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 5, 1)));
        assertTrue(FinnishCalendar.isWorkingDay(LocalDate.of(2026, 12, 28)));
    }

    @Test
    void workingDaysBefore() {
        // Monday → the Friday before
        assertEquals(LocalDate.of(2026, 11, 27), FinnishCalendar.workingDaysBefore(LocalDate.of(2026, 11, 30), 1));
        // Tuesday after Easter Monday → Thursday before Good Friday
        assertEquals(LocalDate.of(2026, 4, 2), FinnishCalendar.workingDaysBefore(LocalDate.of(2026, 4, 7), 1));
        // Monday 28.12.2026 → Wednesday 23.12. (24., 25., 26. and the weekend off)
        assertEquals(LocalDate.of(2026, 12, 23), FinnishCalendar.workingDaysBefore(LocalDate.of(2026, 12, 28), 1));
        // two working days before Friday 15.5.2026 (Thursday 14.5. is Ascension) → Tuesday 12.5.
        assertEquals(LocalDate.of(2026, 5, 12), FinnishCalendar.workingDaysBefore(LocalDate.of(2026, 5, 15), 2));
        // zero: the day itself when a working day, else the one before
        assertEquals(LocalDate.of(2026, 12, 3), FinnishCalendar.workingDaysBefore(LocalDate.of(2026, 12, 3), 0));
        assertEquals(LocalDate.of(2026, 12, 4), FinnishCalendar.workingDaysBefore(LocalDate.of(2026, 12, 6), 0));
        assertThrows(IllegalArgumentException.class, () -> FinnishCalendar.workingDaysBefore(LocalDate.of(2026, 12, 3), -1));
    }
}
