package fi.kykyverkko.networks.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kykyverkko.kernel.time.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The monthly chart counts every event of a month. It omitted one: the chart asked for events until tomorrow and
 * counted only those already begun, so an event later in the current month was in the list but not in its month.
 */
class MonthCountTest {

    private static EventSummary event(LocalDateTime helsinki, Integer headCount, long registered, long attended) {
        NetworkEvent event = new NetworkEvent();
        event.setPlace("Rovaniemi");
        event.reschedule(PortalTime.instant(helsinki), PortalTime.instant(helsinki.plusHours(2)));
        event.setParticipantCount(headCount);
        return new EventSummary(event, registered, attended);
    }

    private static MonthCount month(List<MonthCount> months, YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow();
    }

    @Test
    void anEventLaterThisMonthIsOneOfTheMonthsEventsThoughNotYetHeld() {
        Instant now = PortalTime.instant(LocalDateTime.of(2026, 12, 2, 10, 0));
        List<EventSummary> events = List.of(event(LocalDateTime.of(2026, 12, 1, 9, 0), 30, 0, 0),
                event(LocalDateTime.of(2026, 12, 23, 9, 0), null, 12, 0));
        List<MonthCount> months = MonthCount.of(events, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), now);
        assertEquals(12, months.size());
        assertEquals(new MonthCount(YearMonth.of(2026, 12), 2, 1, 30), month(months, YearMonth.of(2026, 12)));
    }

    @Test
    void monthsAreHelsinkiMonthsAtBothEndsOfTheDayAndInSummerTime() {
        Instant now = PortalTime.instant(LocalDateTime.of(2026, 12, 2, 10, 0));
        // 1.7. 00.30 in Helsinki is still June in UTC (21.30), 30.11. 23.30 is 21.30 UTC the same day
        List<EventSummary> events = List.of(event(LocalDateTime.of(2026, 7, 1, 0, 30), 5, 0, 0),
                event(LocalDateTime.of(2026, 11, 30, 23, 30), 7, 0, 0), event(LocalDateTime.of(2026, 6, 30, 23, 45), 3, 0, 0));
        List<MonthCount> months = MonthCount.of(events, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), now);
        assertEquals(new MonthCount(YearMonth.of(2026, 7), 1, 1, 5), month(months, YearMonth.of(2026, 7)));
        assertEquals(new MonthCount(YearMonth.of(2026, 6), 1, 1, 3), month(months, YearMonth.of(2026, 6)));
        assertEquals(new MonthCount(YearMonth.of(2026, 11), 1, 1, 7), month(months, YearMonth.of(2026, 11)));
    }

    @Test
    void theRangeTakesItsFirstDayAndLeavesItsEndOut() {
        Instant now = PortalTime.instant(LocalDateTime.of(2027, 6, 1, 12, 0));
        List<EventSummary> events = List.of(event(LocalDateTime.of(2026, 12, 31, 8, 0), 1, 0, 0),
                event(LocalDateTime.of(2027, 1, 1, 0, 0), 2, 0, 0), event(LocalDateTime.of(2027, 2, 1, 0, 0), 4, 0, 0));
        List<MonthCount> months = MonthCount.of(events, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), now);
        assertEquals(List.of(new MonthCount(YearMonth.of(2027, 1), 1, 1, 2)), months);
    }

    @Test
    void participantsComeFromTheHeadCountOrFromThoseMarkedPresent() {
        Instant now = PortalTime.instant(LocalDateTime.of(2026, 12, 2, 10, 0));
        List<EventSummary> events = List.of(event(LocalDateTime.of(2026, 11, 5, 9, 0), 33, 0, 0),
                event(LocalDateTime.of(2026, 11, 19, 9, 0), null, 8, 6));
        assertEquals(new MonthCount(YearMonth.of(2026, 11), 2, 2, 39),
                month(MonthCount.of(events, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1), now), YearMonth.of(2026, 11)));
    }
}
