package fi.kykyverkko.surveys.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    private static List<String> points(List<Schedule.Planned> planned) {
        return planned.stream().map(p -> p.pointCode() + "/" + p.instrumentCode() + "@" + p.dueOn()).toList();
    }

    @Test
    void anOpenEpisodeHasItsStartAndSixMonthPointsAndNoEndYet() {
        List<Schedule.Planned> planned = Schedule.DEFAULT.plannedFor(START, null);
        assertEquals(List.of("start/who-5@2026-01-15", "start/work-ability-score@2026-01-15",
                "six-months/who-5@2026-07-16", "six-months/work-ability-score@2026-07-16"), points(planned));
        assertEquals(List.of(0, 0, 1, 1), planned.stream().map(Schedule.Planned::position).toList());
    }

    @Test
    void anEpisodeEndedAfterSixMonthsHasAllThreePointsTheEndOnItsDay() {
        List<Schedule.Planned> planned = Schedule.DEFAULT.plannedFor(START, LocalDate.of(2026, 11, 30));
        assertEquals(6, planned.size());
        assertEquals(LocalDate.of(2026, 11, 30), planned.get(4).dueOn());
        assertEquals(2, planned.get(5).position());
    }

    @Test
    void anEpisodeEndedBeforeSixMonthsSkipsThatPoint() {
        List<Schedule.Planned> planned = Schedule.DEFAULT.plannedFor(START, LocalDate.of(2026, 5, 1));
        assertEquals(List.of("start/who-5@2026-01-15", "start/work-ability-score@2026-01-15",
                "end/who-5@2026-05-01", "end/work-ability-score@2026-05-01"), points(planned));
        // an episode ended on the six-month day itself keeps it
        assertEquals(6, Schedule.DEFAULT.plannedFor(START, START.plusDays(182)).size());
    }

    @Test
    void anEndPointWithAnOffsetIsAFollowUpAfterTheEnd() {
        Schedule followUp = new Schedule(List.of(new SchedulePoint("start", Anchor.START, 0, "who-5"),
                new SchedulePoint("follow-up", Anchor.END, 90, "who-5")));
        assertEquals(List.of("start/who-5@2026-01-15", "follow-up/who-5@2026-05-31"),
                points(followUp.plannedFor(START, LocalDate.of(2026, 3, 2))));
        assertEquals(List.of("start", "follow-up"), followUp.pointCodes());
    }

    @Test
    void aPointTwiceAndOffsetsOutOfRangeAreRefused() {
        SchedulePoint start = new SchedulePoint("start", Anchor.START, 0, "who-5");
        assertThrows(InvalidInputException.class, () -> new Schedule(List.of(start, start)));
        InvalidInputException far = assertThrows(InvalidInputException.class,
                () -> new SchedulePoint("later", Anchor.START, SchedulePoint.MAX_OFFSET_DAYS + 1, "who-5"));
        assertEquals("assessment.schedule.offset-range", far.problems().of("offsetDays").get(0).key());
        assertThrows(InvalidInputException.class, () -> new SchedulePoint("Alku!", Anchor.START, 0, "who-5"));
        assertThrows(InvalidInputException.class, () -> new SchedulePoint("start", Anchor.START, -1, "who-5"));
    }
}
