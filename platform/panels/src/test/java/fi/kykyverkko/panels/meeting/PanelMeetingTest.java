package fi.kykyverkko.panels.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PanelMeetingTest {

    private static final Instant START = Instant.parse("2026-03-06T11:00:00Z");

    private static PanelMeeting meeting() {
        return new PanelMeeting(1, LocalDate.of(2026, 3, 6), START, START.plusSeconds(7200), "Roihula");
    }

    @Test
    void aMovedMeetingKeepsItsCadenceDate() {
        PanelMeeting m = meeting();
        m.move(START.plusSeconds(7 * 86400), START.plusSeconds(7 * 86400 + 3600), "Kirjasto");
        assertEquals(LocalDate.of(2026, 3, 6), m.getPlannedOn(), "the slot stays, so generating again makes no second one");
        assertEquals("Kirjasto", m.getPlace());
        assertThrows(InvalidInputException.class, () -> m.move(START, START, null), "an end at the start");
    }

    @Test
    void cancellingNeedsAReasonAndACancelledMeetingIsNotMovedOrRun() {
        PanelMeeting m = meeting();
        assertThrows(InvalidInputException.class, () -> m.cancel("  "));
        assertEquals(MeetingStatus.PLANNED, m.getStatus());
        m.cancel("Vetäjä sairastui");
        assertEquals(MeetingStatus.CANCELLED, m.getStatus());
        assertThrows(InvalidInputException.class, () -> m.move(START, START.plusSeconds(60), null));
        assertThrows(InvalidInputException.class, () -> m.goTo(1, 4));
        assertThrows(InvalidInputException.class, () -> m.cancel("again"));
    }

    @Test
    void walkingPastTheLastStepHoldsTheMeeting() {
        PanelMeeting m = meeting();
        m.goTo(1, 4);
        m.goTo(3, 4);
        assertEquals(MeetingStatus.PLANNED, m.getStatus());
        m.goTo(4, 4);
        assertEquals(MeetingStatus.HELD, m.getStatus());
        assertEquals(3, m.getScriptStep(), "stays on the last step");
        assertThrows(InvalidInputException.class, () -> m.goTo(5, 4));
        assertThrows(InvalidInputException.class, () -> m.move(START, START.plusSeconds(60), null), "a held meeting is not moved");
    }
}
