package fi.kykyverkko.consultations.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.consultations.booking.Asker;
import fi.kykyverkko.consultations.booking.CaseText;
import fi.kykyverkko.consultations.booking.ConsultationCase;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.room.RoomQueue.RoomSeat;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The room's rules: arrival order one case at a time, handling time, notes saved over the version seen, who comes in. */
class RoomQueueTest {

    private static final Instant NINE = Instant.parse("2026-12-10T12:00:00Z");

    private static ConsultationCase arrived(int arrival, String asker) throws Exception {
        ConsultationCase c = new ConsultationCase(1, new CaseText("Kysymys " + arrival, Reason.OTHER, null),
                new Asker(asker, "asiakasvastaava", null, null, null), NINE.minusSeconds(86_400));
        var field = ConsultationCase.class.getDeclaredField("arrival");
        field.setAccessible(true);
        field.setInt(c, arrival);
        return c;
    }

    @Test
    void casesAreTakenUpInArrivalOrderOneAtATime() throws Exception {
        List<ConsultationCase> cases = List.of(arrived(2, "b"), arrived(1, "a"), arrived(3, "c"));
        assertTrue(RoomQueue.current(cases).isEmpty());
        ConsultationCase first = RoomQueue.takeUpNext(cases);
        assertEquals(1, first.getArrival());
        first.start(NINE);
        assertEquals(Optional.of(first), RoomQueue.current(cases));
        InvalidInputException stillCurrent = assertThrows(InvalidInputException.class, () -> RoomQueue.takeUpNext(cases));
        assertEquals("consultations.room.still-current", stillCurrent.problems().list().get(0).key());
        first.markHandled(NINE.plus(Duration.ofMinutes(12)));
        assertTrue(RoomQueue.current(cases).isEmpty());
        assertEquals(2, RoomQueue.takeUpNext(cases).getArrival());
        RoomQueue.takeUpNext(cases).start(NINE);
        RoomQueue.current(cases).orElseThrow().markHandled(NINE.plusSeconds(30));
        RoomQueue.takeUpNext(cases).start(NINE);
        RoomQueue.current(cases).orElseThrow().markHandled(NINE.plusSeconds(30));
        assertEquals("consultations.room.none-waiting",
                assertThrows(InvalidInputException.class, () -> RoomQueue.takeUpNext(cases)).problems().list().get(0).key());
    }

    @Test
    void aCancelledCaseIsNeverTakenUp() throws Exception {
        ConsultationCase cancelled = arrived(1, "a");
        cancelled.cancel(NINE);
        ConsultationCase waiting = arrived(2, "b");
        assertEquals(waiting, RoomQueue.next(List.of(cancelled, waiting)).orElseThrow());
        assertThrows(InvalidInputException.class, () -> cancelled.start(NINE));
    }

    @Test
    void handlingTimeComesFromStartAndEndUnlessRecorded() throws Exception {
        ConsultationCase c = arrived(1, "a");
        assertEquals("consultations.room.not-started",
                assertThrows(InvalidInputException.class, () -> c.markHandled(NINE)).problems().list().get(0).key());
        c.start(NINE);
        assertThrows(InvalidInputException.class, () -> c.start(NINE), "started once");
        c.markHandled(NINE.plus(Duration.ofMinutes(14)).plusSeconds(1));
        assertEquals(Optional.of(15), c.getHandlingMinutes(), "whole minutes, rounded up");
        assertFalse(c.isCurrent());
        assertThrows(InvalidInputException.class, () -> c.markHandled(NINE.plusSeconds(3600)), "handled once");

        ConsultationCase recorded = arrived(2, "b");
        recorded.start(NINE);
        recorded.conclude(Outcome.SOLVED, null, null, 25);
        recorded.markHandled(NINE.plus(Duration.ofMinutes(5)));
        assertEquals(Optional.of(25), recorded.getHandlingMinutes(), "the panel's own figure is kept");

        ConsultationCase forgotten = arrived(3, "c");
        forgotten.start(NINE);
        forgotten.markHandled(NINE.plus(Duration.ofHours(30)));
        assertEquals(Optional.of(Outcome.MAX_MINUTES), forgotten.getHandlingMinutes(), "at most the longest time recorded");
    }

    @Test
    void notesAreSavedOverTheVersionTheWriterSaw() throws Exception {
        ConsultationCase c = arrived(1, "a");
        assertEquals(0, c.getNotesVersion());
        c.writeNotes("Ohjaus työkykykoordinaattorille.", 0, "Kaisa", NINE);
        assertEquals(1, c.getNotesVersion());
        assertEquals("Kaisa", c.getNotesBy());
        // Maija still saw version 0: her save is refused and names who saved in between
        InvalidInputException conflict = assertThrows(InvalidInputException.class, () -> c.writeNotes("Toinen teksti", 0, "Maija", NINE));
        assertEquals("consultations.room.notes-conflict", conflict.problems().list().get(0).key());
        assertEquals(List.of("Kaisa"), conflict.problems().list().get(0).args());
        assertEquals("Ohjaus työkykykoordinaattorille.", c.getNotes(), "the first save stands");
        c.writeNotes("Ohjaus työkykykoordinaattorille. Lisäksi Kelan kuntoutus.", 1, "Maija", NINE.plusSeconds(60));
        assertEquals(2, c.getNotesVersion());
        assertThrows(InvalidInputException.class, () -> c.writeNotes("x".repeat(ConsultationCase.NOTES_MAX + 1), 2, "Maija", NINE));
        assertEquals(2, c.getNotesVersion(), "a refused save changes nothing");
    }

    @Test
    void thePanelAndOrganisersRunTheRoomAndAskersWithACaseFollowIt() {
        assertEquals(Optional.of(RoomSeat.PANEL), RoomQueue.seat(true, false, false));
        assertEquals(Optional.of(RoomSeat.PANEL), RoomQueue.seat(false, true, true));
        assertEquals(Optional.of(RoomSeat.ASKER), RoomQueue.seat(false, false, true));
        assertEquals(Optional.empty(), RoomQueue.seat(false, false, false));
    }
}
