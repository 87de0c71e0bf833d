package fi.kykyverkko.networks.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.networks.groups.Cadence;
import fi.kykyverkko.networks.groups.GroupActivity;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo network as it would be loaded on any day of two years: meetings on their cadence's days, no event or
 * due date on a weekend, and every group in the state the demo means it to be in (two quiet, the rest on cadence).
 */
class DemoCalendarTest {

    private static final List<String> REGIONS = List.of("lappi", "kymenlaakso", "keski-uusimaa", "etela-savo");
    /** The seeds' faded networks: Keusote's job coaching network and Etelä-Savo's partnership table. */
    private static final Set<String> MEANT_QUIET = Set.of("keski-uusimaa/tyohonvalmennuksen-verkosto", "etela-savo/kumppanuuspoyta");

    private static JsonObject network(String region) throws Exception {
        try (InputStream in = DemoCalendarTest.class.getResourceAsStream("/demo/networks/" + region + "/networks.json")) {
            return Json.createReader(in).readObject();
        }
    }

    @Test
    void meetingsFallOnTheirCadencesDaysAndGroupsAreInTheStateTheDemoMeans() throws Exception {
        for (String region : REGIONS) {
            for (JsonValue g : network(region).getJsonArray("groups")) {
                JsonObject group = g.asJsonObject();
                String name = region + "/" + group.getString("code");
                Cadence cadence = group.isNull("cadence") ? null : Cadence.parse(group.getString("cadence"));
                for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(1)) {
                    List<LocalDate> days = new ArrayList<>();
                    for (JsonValue occurrence : group.getJsonArray("meetings")) {
                        days.add(DemoCalendar.meeting(cadence, today, ((JsonNumber) occurrence).intValue()));
                    }
                    for (LocalDate day : days) {
                        assertTrue(Cadence.isWorkingDay(day), name + " loaded on " + today + " meets on a " + day.getDayOfWeek());
                        assertTrue(cadence == null || cadence.fits(day), name + " loaded on " + today + " meets on " + day + ", off its cadence");
                    }
                    assertEquals(days.size(), Set.copyOf(days).size(), name + " loaded on " + today + ": two meetings on one day " + days);
                    // the clock at noon: a meeting today at 13.00 is still to come
                    LocalDate day0 = today;
                    LocalDate last = days.stream().filter(d -> d.isBefore(day0)).max(LocalDate::compareTo).orElse(null);
                    LocalDate next = days.stream().filter(d -> !d.isBefore(day0)).min(LocalDate::compareTo).orElse(null);
                    GroupActivity activity = GroupActivity.of(cadence, today.minusYears(1), last, next, today);
                    GroupActivity.State expected = MEANT_QUIET.contains(name) ? GroupActivity.State.QUIET : GroupActivity.State.ON_TRACK;
                    assertEquals(expected, activity.state(), name + " loaded on " + today + " (" + days + ")");
                }
            }
        }
    }

    @Test
    void eventsAndDueDatesAreOnWorkingDaysAndAYearOfEventsIsBehind() throws Exception {
        for (String region : REGIONS) {
            JsonObject network = network(region);
            for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() < 2028; today = today.plusDays(1)) {
                int past = 0;
                int coming = 0;
                for (JsonValue e : network.getJsonArray("events")) {
                    JsonObject event = e.asJsonObject();
                    LocalDate day = DemoCalendar.event(today, event.getInt("week"), DayOfWeek.valueOf(event.getString("day")));
                    assertTrue(Cadence.isWorkingDay(day), region + " " + event.getString("code") + " loaded on " + today + " is on a " + day.getDayOfWeek());
                    if (day.isBefore(today) && day.isAfter(today.minusYears(1))) {
                        past++;
                    } else if (day.isAfter(today.plusDays(7))) {
                        coming++;
                    }
                }
                assertEquals(11, past, region + " loaded on " + today + ": events of the past year");
                assertEquals(1, coming, region + " loaded on " + today + ": the event still to come, at least a week ahead");
                for (JsonValue g : network.getJsonArray("groups")) {
                    for (JsonValue task : g.asJsonObject().getJsonArray("tasks")) {
                        LocalDate due = DemoCalendar.due(today, task.asJsonArray().getInt(1));
                        assertTrue(Cadence.isWorkingDay(due), region + " task due " + due);
                        assertTrue(Math.abs(due.toEpochDay() - today.plusDays(task.asJsonArray().getInt(1)).toEpochDay()) <= 2);
                    }
                }
            }
        }
    }

    @Test
    void aFirstTuesdayGroupMeetsOnFirstTuesdays() {
        Cadence firstTuesday = Cadence.parse("M1:TUESDAY:1");
        // loaded on Wednesday 2.12.2026, the day after December's first Tuesday
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertEquals(LocalDate.of(2026, 12, 1), DemoCalendar.meeting(firstTuesday, today, 0));
        assertEquals(LocalDate.of(2026, 11, 3), DemoCalendar.meeting(firstTuesday, today, -1));
        assertEquals(LocalDate.of(2027, 1, 5), DemoCalendar.meeting(firstTuesday, today, 1));
        // loaded on Monday 30.11.2026, before December's: the latest one is November's
        assertEquals(LocalDate.of(2026, 11, 3), DemoCalendar.meeting(firstTuesday, LocalDate.of(2026, 11, 30), 0));
        assertEquals(LocalDate.of(2026, 12, 1), DemoCalendar.meeting(firstTuesday, LocalDate.of(2026, 11, 30), 1));
    }

    @Test
    void aDemoEventOnAWeekendIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DemoCalendar.event(LocalDate.of(2026, 12, 2), 1, DayOfWeek.SUNDAY));
        assertEquals(LocalDate.of(2026, 12, 17), DemoCalendar.event(LocalDate.of(2026, 12, 2), 2, DayOfWeek.THURSDAY));
        assertEquals(LocalDate.of(2026, 12, 4), DemoCalendar.due(LocalDate.of(2026, 12, 2), 4), "Sunday the 6th moves back to Friday");
    }
}
