package fi.kykyverkko.networks.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void everyOtherWednesdayIsDueTwoWeeksLaterOnAWednesday() {
        Cadence cadence = Cadence.weekly(2, DayOfWeek.WEDNESDAY);
        assertEquals(LocalDate.of(2026, 12, 2), cadence.dueAfter(LocalDate.of(2026, 11, 18)));
        assertEquals(LocalDate.of(2026, 12, 9), cadence.dueAfter(LocalDate.of(2026, 11, 19)));
    }

    @Test
    void monthlyOnFridaysIsDueByTheLastFridayOfNextMonth() {
        assertEquals(LocalDate.of(2026, 12, 25), Cadence.monthly(1, DayOfWeek.FRIDAY, null).dueAfter(LocalDate.of(2026, 11, 6)));
    }

    @Test
    void firstTuesdayOfTheMonth() {
        assertEquals(LocalDate.of(2027, 1, 5), Cadence.monthly(1, DayOfWeek.TUESDAY, 1).dueAfter(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void lastThursdayEveryOtherMonth() {
        assertEquals(LocalDate.of(2027, 1, 28), Cadence.monthly(2, DayOfWeek.THURSDAY, -1).dueAfter(LocalDate.of(2026, 11, 26)));
    }

    @Test
    void monthlyWithoutADayIsDueByTheLastWorkingDayOfTheMonth() {
        // 28.2.2027 is a Sunday: nobody meets then, so the due date is Friday the 26th
        assertEquals(LocalDate.of(2027, 2, 26), Cadence.parse("M3").dueAfter(LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2027, 3, 31), Cadence.parse("M3").dueAfter(LocalDate.of(2026, 12, 15)));
    }

    @Test
    void weeklyWithoutADayIsNeverDueOnAWeekend() {
        // a meeting on Saturday 28.11.2026 (the rule broken): due a week later by Friday 4.12., not Saturday 5.12.
        assertEquals(LocalDate.of(2026, 12, 4), Cadence.parse("W1").dueAfter(LocalDate.of(2026, 11, 28)));
        assertEquals(LocalDate.of(2026, 12, 9), Cadence.parse("W1").dueAfter(LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aDueDateIsAlwaysADayTheCadenceAllows() {
        for (String text : new String[] {"W2:WEDNESDAY", "M1:FRIDAY", "M1:TUESDAY:1", "M2:THURSDAY:-1", "M3", "W1", "M2"}) {
            Cadence cadence = Cadence.parse(text);
            for (LocalDate last = LocalDate.of(2026, 1, 1); last.getYear() < 2028; last = last.plusDays(1)) {
                LocalDate due = cadence.dueAfter(last);
                assertTrue(cadence.fits(due), text + " after " + last + " is due on " + due + ", a day it does not allow");
                assertTrue(due.isAfter(last), text + " after " + last);
            }
        }
    }

    @Test
    void theFirstTuesdayIsThatTuesdayOnly() {
        Cadence firstTuesday = Cadence.parse("M1:TUESDAY:1");
        assertTrue(firstTuesday.fits(LocalDate.of(2026, 12, 1)));
        assertFalse(firstTuesday.fits(LocalDate.of(2026, 12, 2)), "the Wednesday after it");
        assertFalse(firstTuesday.fits(LocalDate.of(2026, 12, 8)), "the second Tuesday");
        assertFalse(firstTuesday.fits(LocalDate.of(2026, 11, 4)), "a Wednesday in the first week");
        Cadence lastThursday = Cadence.parse("M2:THURSDAY:-1");
        assertTrue(lastThursday.fits(LocalDate.of(2026, 11, 26)));
        assertFalse(lastThursday.fits(LocalDate.of(2026, 11, 19)));
    }

    @Test
    void looseCadencesAllowAnyOfTheirDays() {
        assertTrue(Cadence.parse("M1:FRIDAY").fits(LocalDate.of(2026, 12, 11)));
        assertFalse(Cadence.parse("M1:FRIDAY").fits(LocalDate.of(2026, 12, 10)));
        assertTrue(Cadence.parse("W2:WEDNESDAY").fits(LocalDate.of(2026, 12, 2)));
        assertTrue(Cadence.parse("M3").fits(LocalDate.of(2026, 12, 4)), "a Friday");
        assertFalse(Cadence.parse("M3").fits(LocalDate.of(2026, 12, 6)), "a Sunday");
        assertFalse(Cadence.parse("W1").fits(LocalDate.of(2026, 12, 5)), "a Saturday");
    }

    @Test
    void textFormRoundTrips() {
        for (String text : new String[] {"W2:WEDNESDAY", "M1:FRIDAY", "M1:TUESDAY:1", "M2:THURSDAY:-1", "M3", "W1"}) {
            assertEquals(text, Cadence.parse(text).toText());
        }
    }

    @Test
    void refusesImpossibleCadences() {
        assertThrows(IllegalArgumentException.class, () -> Cadence.weekly(0, DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> Cadence.weekly(13, DayOfWeek.MONDAY));
        assertThrows(IllegalArgumentException.class, () -> new Cadence(Cadence.Unit.WEEKS, 1, DayOfWeek.MONDAY, 1));
        assertThrows(IllegalArgumentException.class, () -> Cadence.monthly(1, null, 2));
        assertThrows(IllegalArgumentException.class, () -> Cadence.monthly(1, DayOfWeek.MONDAY, 5));
        assertThrows(IllegalArgumentException.class, () -> Cadence.parse("X1"));
    }
}
