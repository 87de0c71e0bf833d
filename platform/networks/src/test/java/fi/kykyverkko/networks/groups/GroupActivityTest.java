package fi.kykyverkko.networks.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GroupActivityTest {

    private static final Cadence FIRST_TUESDAY = Cadence.monthly(1, DayOfWeek.TUESDAY, 1);
    private static final LocalDate STARTED = LocalDate.of(2026, 1, 1);

    @Test
    void aGroupThatMetThisMonthIsOnTrack() {
        GroupActivity a = GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 11, 3), null, LocalDate.of(2026, 11, 23));
        assertEquals(GroupActivity.State.ON_TRACK, a.state());
        assertEquals(LocalDate.of(2026, 12, 1), a.due());
        assertNull(a.nextPlanned());
    }

    @Test
    void aWeekOfGraceBeforeQuiet() {
        assertFalse(GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 11, 3), null, LocalDate.of(2026, 12, 8)).quiet());
        assertTrue(GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 11, 3), null, LocalDate.of(2026, 12, 9)).quiet());
    }

    @Test
    void overdueWithAMeetingPlannedIsLateNotQuiet() {
        GroupActivity a = GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23));
        assertEquals(GroupActivity.State.LATE, a.state());
        assertEquals(LocalDate.of(2026, 11, 30), a.nextPlanned());
    }

    @Test
    void aGroupThatNeverMetIsMeasuredFromItsStart() {
        assertTrue(GroupActivity.of(Cadence.weekly(2, DayOfWeek.WEDNESDAY), LocalDate.of(2026, 10, 1), null, null, LocalDate.of(2026, 11, 23)).quiet());
        assertFalse(GroupActivity.of(Cadence.weekly(2, DayOfWeek.WEDNESDAY), LocalDate.of(2026, 11, 20), null, null, LocalDate.of(2026, 11, 23)).quiet());
    }

    @Test
    void aFirstTuesdayGroupThatMetOnAWednesdayIsNotOnCadence() {
        // 3.11.2026 was the first Tuesday; the group met on Wednesday the 4th
        GroupActivity a = GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 11, 4), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 23));
        assertEquals(GroupActivity.State.OFF_CADENCE, a.state());
        assertFalse(a.quiet());
        assertEquals(GroupActivity.State.ON_TRACK,
                GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 23)).state());
    }

    @Test
    void aPlannedMeetingOffTheRuleIsNotOnCadenceEither() {
        // the next one planned for Sunday 6.12.2026 instead of Tuesday the 1st
        assertEquals(GroupActivity.State.OFF_CADENCE,
                GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 6), LocalDate.of(2026, 11, 23)).state());
        assertEquals(GroupActivity.State.OFF_CADENCE, GroupActivity.of(Cadence.parse("M3"), STARTED, LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 11, 23)).state(), "a Saturday for a group that meets on working days");
    }

    @Test
    void beingOverdueWeighsMoreThanTheWrongDay() {
        assertTrue(GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 9, 2), null, LocalDate.of(2026, 11, 23)).quiet());
        assertEquals(GroupActivity.State.LATE,
                GroupActivity.of(FIRST_TUESDAY, STARTED, LocalDate.of(2026, 9, 2), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 23)).state());
    }

    @Test
    void aGroupWithoutCadenceIsNeverQuiet() {
        GroupActivity a = GroupActivity.of(null, STARTED, LocalDate.of(2025, 1, 1), null, LocalDate.of(2026, 11, 23));
        assertEquals(GroupActivity.State.ON_TRACK, a.state());
        assertNull(a.due());
    }
}
