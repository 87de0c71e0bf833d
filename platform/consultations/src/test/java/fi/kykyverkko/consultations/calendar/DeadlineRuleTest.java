package fi.kykyverkko.consultations.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The default deadline, 12:00 Helsinki time on the previous working day, across weekends, holidays and DST changes. */
class DeadlineRuleTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static Instant helsinki(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(HELSINKI).toInstant();
    }

    private static Instant deadline(int y, int m, int d) {
        return DeadlineRule.DEFAULT.deadlineFor(LocalDate.of(y, m, d));
    }

    @Test
    void anOrdinaryThursdayHourClosesAtNoonOnWednesday() {
        assertEquals(helsinki(2026, 12, 2, 12, 0, 0), deadline(2026, 12, 3));
        assertEquals(Instant.parse("2026-12-02T10:00:00Z"), deadline(2026, 12, 3)); // winter time UTC+2
    }

    @Test
    void exactlyNoonIsLateAndASecondBeforeIsInTime() {
        Instant deadline = deadline(2026, 12, 3);
        assertFalse(DeadlineRule.inTime(helsinki(2026, 12, 2, 12, 0, 0), deadline));
        assertTrue(DeadlineRule.inTime(helsinki(2026, 12, 2, 11, 59, 59), deadline));
        assertTrue(DeadlineRule.inTime(deadline.minusNanos(1), deadline));
        assertFalse(DeadlineRule.inTime(helsinki(2026, 12, 2, 12, 0, 1), deadline));
    }

    @Test
    void aMondayHourClosesOnFriday() {
        assertEquals(helsinki(2026, 11, 27, 12, 0, 0), deadline(2026, 11, 30));
    }

    @Test
    void easterPushesTheDeadlineBeforeGoodFriday() {
        // Tuesday 7.4.2026: Monday is Easter Monday, Friday Good Friday → Thursday 2.4.
        assertEquals(helsinki(2026, 4, 2, 12, 0, 0), deadline(2026, 4, 7));
    }

    @Test
    void ascensionDayIsNoWorkingDay() {
        // Friday 15.5.2026 after Ascension Thursday → Wednesday 13.5.
        assertEquals(helsinki(2026, 5, 13, 12, 0, 0), deadline(2026, 5, 15));
    }

    @Test
    void midsummer() {
        // Monday 22.6.2026 after Midsummer (Eve Friday 19.6.) → Thursday 18.6.
        assertEquals(helsinki(2026, 6, 18, 12, 0, 0), deadline(2026, 6, 22));
    }

    @Test
    void independenceDay() {
        // Tuesday 7.12.2027 after Independence Day on Monday → Friday 3.12.2027
        assertEquals(helsinki(2027, 12, 3, 12, 0, 0), deadline(2027, 12, 7));
    }

    @Test
    void christmas() {
        // Monday 28.12.2026 → Wednesday 23.12.2026 (Christmas Eve counts as a day off)
        assertEquals(helsinki(2026, 12, 23, 12, 0, 0), deadline(2026, 12, 28));
        // Friday 2.1.2026 after New Year's Day → Wednesday 31.12.2025
        assertEquals(helsinki(2025, 12, 31, 12, 0, 0), deadline(2026, 1, 2));
    }

    @Test
    void daylightSavingChanges() {
        // spring forward on Sunday 29.3.2026: a Monday 30.3. hour closes Friday 27.3. at 12:00 winter time (10:00 UTC)
        assertEquals(Instant.parse("2026-03-27T10:00:00Z"), deadline(2026, 3, 30));
        // a Tuesday 31.3. hour closes Monday 30.3. at 12:00 summer time (09:00 UTC)
        assertEquals(Instant.parse("2026-03-30T09:00:00Z"), deadline(2026, 3, 31));
        // fall back on Sunday 25.10.2026: Monday 26.10. closes Friday 23.10. 12:00 summer (09:00 UTC) ...
        assertEquals(Instant.parse("2026-10-23T09:00:00Z"), deadline(2026, 10, 26));
        // ... and Tuesday 27.10. closes Monday 26.10. 12:00 winter (10:00 UTC)
        assertEquals(Instant.parse("2026-10-26T10:00:00Z"), deadline(2026, 10, 27));
        // a rule at 03:30 across the night of the spring change is still the wall-clock time
        DeadlineRule early = new DeadlineRule(0, LocalTime.of(3, 30));
        assertEquals(helsinki(2026, 3, 30, 3, 30, 0), early.deadlineFor(LocalDate.of(2026, 3, 30)));
    }

    @Test
    void configurablePerSeries() {
        DeadlineRule twoDaysAt16 = new DeadlineRule(2, LocalTime.of(16, 0));
        assertEquals(helsinki(2026, 12, 1, 16, 0, 0), twoDaysAt16.deadlineFor(LocalDate.of(2026, 12, 3)));
        assertThrows(InvalidInputException.class, () -> new DeadlineRule(-1, LocalTime.NOON));
        assertThrows(InvalidInputException.class, () -> new DeadlineRule(11, LocalTime.NOON));
        assertThrows(InvalidInputException.class, () -> new DeadlineRule(1, null));
    }
}
