package fi.kykyverkko.consultations.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kykyverkko.consultations.booking.Asker;
import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A pair consultation goes request → accepted (or declined) → held and logged, never out of order. */
class PairConsultationTest {

    private static PairConsultation requested() {
        return new PairConsultation("Työkyvyn arvion tarve", LocalDate.of(2026, 12, 10), 7,
                new Asker("u", "lääkäri", "Terveysasema", "terveysasema", null), Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void theStepsInOrder() {
        PairConsultation pair = requested();
        assertThrows(InvalidInputException.class, () -> pair.log(LocalDate.of(2026, 12, 10), Outcome.SOLVED, null, null, 30), "not accepted yet");
        pair.accept(Instant.parse("2026-12-02T08:00:00Z"));
        assertEquals(PairState.ACCEPTED, pair.getState());
        assertThrows(InvalidInputException.class, () -> pair.decline(Instant.now()), "answered already");
        assertThrows(InvalidInputException.class, () -> pair.log(LocalDate.of(2026, 12, 10), Outcome.REFER_TO_SERVICE, null, null, 30));
        assertThrows(InvalidInputException.class, () -> pair.log(null, Outcome.SOLVED, null, null, 30));
        pair.log(LocalDate.of(2026, 12, 10), Outcome.NEEDS_ASSESSMENT, null, "Arvio varataan", 45);
        assertEquals(PairState.HELD, pair.getState());
        assertEquals(Outcome.NEEDS_ASSESSMENT, pair.getOutcome().orElseThrow());
        assertThrows(InvalidInputException.class, () -> pair.log(LocalDate.of(2026, 12, 11), Outcome.SOLVED, null, null, 30), "logged once");
    }

    @Test
    void aDeclinedRequestIsNeverHeld() {
        PairConsultation pair = requested();
        pair.decline(Instant.now());
        assertEquals(PairState.DECLINED, pair.getState());
        assertThrows(InvalidInputException.class, () -> pair.log(LocalDate.of(2026, 12, 10), Outcome.SOLVED, null, null, 30));
    }
}
