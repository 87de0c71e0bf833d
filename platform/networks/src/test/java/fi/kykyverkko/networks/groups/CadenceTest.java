package fi.kykyverkko.networks.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void monthlyWithoutADayIsDueByTheEndOfTheMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), Cadence.parse("M3").dueAfter(LocalDate.of(2026, 11, 30)));
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
