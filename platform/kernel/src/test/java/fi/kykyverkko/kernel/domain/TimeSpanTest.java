package fi.kykyverkko.kernel.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TimeSpan and Scheduled keep the end after the start; withRulesOf reports refused values with the row's rules. */
class TimeSpanTest {

    static final class Slot extends Stamped implements Scheduled {
        TimeSpan span = TimeSpan.OPEN;
        String place;

        @Override
        public TimeSpan getSpan() {
            return span;
        }

        @Override
        public void setSpan(TimeSpan span) {
            this.span = span;
        }

        @Override
        public Problems check() {
            return new Problems().timeAndPlace(getStartsAt(), getEndsAt(), place, null).required("place", place);
        }
    }

    private static final Instant NINE = Instant.parse("2026-12-01T07:00:00Z");

    @Test
    void anEndBeforeTheStartIsRefusedWhenMadeAndLeavesTheSpan() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> TimeSpan.of(NINE, NINE));
        assertEquals("endsAt:validation.ends-before-start", refused.problems().list().get(0).field() + ":" + refused.problems().list().get(0).key());
        Slot slot = new Slot();
        slot.setStartsAt(NINE);
        slot.setEndsAt(NINE.plusSeconds(3600));
        assertThrows(InvalidInputException.class, () -> slot.setStartsAt(NINE.plusSeconds(7200)));
        assertEquals(NINE, slot.getStartsAt(), "a refused start leaves the span as it was");
        // moving both at once is what a later start needs
        slot.reschedule(NINE.plusSeconds(7200), NINE.plusSeconds(9000));
        assertEquals(NINE.plusSeconds(9000), slot.getEndsAt());
        assertThrows(InvalidInputException.class, () -> slot.reschedule(null, NINE));
    }

    @Test
    void refusedValuesAreReportedWithTheRowsOwnRules() {
        Slot slot = new Slot();
        Problems problems = new Problems();
        problems.attempt(() -> slot.reschedule(NINE, NINE.minusSeconds(1)));
        assertEquals(List.of("endsAt", "startsAt", "place"), problems.withRulesOf(slot).list().stream().map(Problems.Problem::field).toList());
        assertEquals(List.of(), new Problems().withRulesOf(slot).list(), "nothing refused: the save checks the rules");
    }
}
