package fi.kykyverkko.surveys.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final InstrumentDefinition WHO5 = ShippedInstruments.all().stream().filter(d -> d.code().equals("who-5"))
            .findFirst().orElseThrow();

    private static Measurement planned() {
        return new Measurement(7, 3, 1, new Schedule.Planned("start", 0, "who-5", LocalDate.of(2026, 2, 20)), NOW);
    }

    @Test
    void answersAreScoredWithTheLinksVersionAndStoredWithTheirScores() {
        Measurement m = planned();
        m.linkIssued(42, WHO5.version(), NOW, NOW.plusSeconds(3600));
        // hand-computed: 5+4+3+2+1 = 15 raw, × 4 = 60 wellbeing, above 50: "good"
        AnswerSet given = AnswerSet.of("cheerful", "5", "calm", "4", "active", "3", "rested", "2", "interest", "1");
        List<StoredScore> scores = m.answer(WHO5, given, NOW.plusSeconds(60));
        assertTrue(m.isAnswered());
        assertEquals(0, new BigDecimal("15").compareTo(m.score("raw").orElseThrow().value()));
        assertEquals(0, new BigDecimal("60").compareTo(m.score("wellbeing").orElseThrow().value()));
        assertEquals("good", m.score("wellbeing").orElseThrow().band());
        assertEquals(scores, m.getScores(), "the stored JSON reads back as computed");
        assertEquals(given, m.getAnswers());
        assertEquals(MeasurementState.ANSWERED, m.state(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void anAnsweredMeasurementTakesNoSecondAnswerAndNoNewLink() {
        Measurement m = planned();
        m.linkIssued(42, WHO5.version(), NOW, NOW.plusSeconds(3600));
        m.answer(WHO5, AnswerSet.of("cheerful", "1", "calm", "1", "active", "1", "rested", "1", "interest", "1"), NOW);
        InvalidInputException again = assertThrows(InvalidInputException.class,
                () -> m.answer(WHO5, AnswerSet.of("cheerful", "5", "calm", "5", "active", "5", "rested", "5", "interest", "5"), NOW));
        assertEquals("assessment.measurement.answered", again.problems().list().get(0).key());
        assertThrows(InvalidInputException.class, () -> m.linkIssued(43, 1, NOW, NOW));
        assertEquals(0, new BigDecimal("20").compareTo(m.score("wellbeing").orElseThrow().value()), "the first answer stays");
        m.reschedule(LocalDate.of(2030, 1, 1));
        assertEquals(LocalDate.of(2026, 2, 20), m.getDueOn(), "an answered day never moves");
    }

    @Test
    void answersOffTheScaleAreRefusedWithEveryProblemAndNothingIsStored() {
        Measurement m = planned();
        m.linkIssued(42, WHO5.version(), NOW, NOW.plusSeconds(3600));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> m.answer(WHO5, AnswerSet.of("cheerful", "6", "calm", "x"), NOW));
        assertTrue(refused.problems().list().size() >= 2, refused.problems().list().toString());
        assertFalse(m.isAnswered());
        assertTrue(m.getScores().isEmpty());
    }

    @Test
    void withoutALinkOrWithAnotherVersionTheAnswerIsRefused() {
        Measurement m = planned();
        assertThrows(IllegalArgumentException.class, () -> m.answer(WHO5, AnswerSet.of("cheerful", "1"), NOW));
        m.linkIssued(42, WHO5.version() + 1, NOW, NOW);
        assertThrows(IllegalArgumentException.class, () -> m.answer(WHO5, AnswerSet.of("cheerful", "1"), NOW));
    }
}
