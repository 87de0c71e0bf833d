package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sums, means, subscales, the transform, bands and the one rounding, computed by hand in the comments. */
class ScoreRuleTest {

    /** Four relevance items (0 = not relevant), two subscales over them, a total with a transform and bands. */
    private static final InstrumentDefinition RELEVANCE = TestDefinitions.definition("""
            {"id": "a", "type": "RELEVANCE_1_4_NA0", "text": TEXT},
            {"id": "b", "type": "RELEVANCE_1_4_NA0", "text": TEXT},
            {"id": "c", "type": "RELEVANCE_1_4_NA0", "text": TEXT},
            {"id": "d", "type": "RELEVANCE_1_4_NA0", "text": TEXT}
            """, """
            {"code": "total", "method": "sum", "items": ["a", "b", "c", "d"], "minAnswered": 1},
            {"code": "mean", "method": "mean", "items": ["a", "b", "c", "d"], "minAnswered": 3},
            {"code": "first-pair", "method": "sum", "items": ["a", "b"]},
            {"code": "second-pair", "method": "mean", "items": ["c", "d"], "minAnswered": 1},
            {"code": "percent", "method": "mean", "items": ["a", "b", "c", "d"], "minAnswered": 1, "transform": {"multiply": 25, "add": -25},
             "bands": [{"upTo": 33.3, "code": "low", "label": TEXT}, {"upTo": 66.6, "code": "mid", "label": TEXT}, {"code": "high", "label": TEXT}]}
            """);

    private static BigDecimal value(AnswerSet answers, String code) {
        return RELEVANCE.score(answers, code).value().orElseThrow();
    }

    @Test
    void notRelevantIsLeftOutOfSumsAndMeans() {
        AnswerSet answers = AnswerSet.of("a", "4", "b", "0", "c", "2", "d", "3");
        // b = 0 does not count: sum 4 + 2 + 3 = 9; mean 9 / 3 = 3.0 (not 9 / 4 = 2.25)
        assertEquals(new BigDecimal("9.0"), value(answers, "total"));
        assertEquals(new BigDecimal("3.0"), value(answers, "mean"));
        assertEquals(3, RELEVANCE.score(answers, "mean").counted());
    }

    @Test
    void aMeanWithTooFewCountedAnswersHasNoScoreNorBand() {
        // a = 4, b = 0 (not counted), c = 1: two counted answers, the rule wants three
        Score mean = RELEVANCE.score(AnswerSet.of("a", "4", "b", "0", "c", "1"), "mean");
        assertFalse(mean.hasValue());
        assertEquals(Optional.empty(), mean.band());
        assertEquals(2, mean.counted());
        // the pair sum needs both a and b counted by default (minAnswered = number of items)
        assertFalse(RELEVANCE.score(AnswerSet.of("a", "4", "b", "0", "c", "1"), "first-pair").hasValue());
    }

    @Test
    void subscalesAreScoredOverTheirOwnItems() {
        AnswerSet answers = AnswerSet.of("a", "1", "b", "2", "c", "3", "d", "4");
        assertEquals(new BigDecimal("3.0"), value(answers, "first-pair"));   // 1 + 2
        assertEquals(new BigDecimal("3.5"), value(answers, "second-pair"));  // (3 + 4) / 2
    }

    @Test
    void theMeanIsTransformedAndRoundedOnceHalfUp() {
        // mean (1 + 2 + 2 + 4) / 4 = 2.25; × 25 − 25 = 31.25 → 31.3 (HALF_UP; HALF_EVEN would give 31.2); ≤ 33.3: low
        AnswerSet answers = AnswerSet.of("a", "1", "b", "2", "c", "2", "d", "4");
        Score percent = RELEVANCE.score(answers, "percent");
        assertEquals(new BigDecimal("31.3"), percent.value().orElseThrow());
        assertEquals(Optional.of("low"), percent.bandCode());
        // the mean itself, 2.25, also rounds half up once: 2.3
        assertEquals(new BigDecimal("2.3"), value(answers, "mean"));
        // (2 + 2 + 3) / 3 = 2.333…; × 25 − 25 = 33.333… → 33.3, exactly the first limit: still low
        assertEquals(Optional.of("low"), RELEVANCE.score(AnswerSet.of("a", "2", "b", "2", "c", "3"), "percent").bandCode());
        // (3 + 4) / 2 = 3.5; × 25 − 25 = 62.5: mid.  4 alone: 4 × 25 − 25 = 75: high
        assertEquals(Optional.of("mid"), RELEVANCE.score(AnswerSet.of("c", "3", "d", "4"), "percent").bandCode());
        assertEquals(Optional.of("high"), RELEVANCE.score(AnswerSet.of("d", "4"), "percent").bandCode());
    }

    @Test
    void aMeanOverOnlyNotRelevantAnswersHasNoScore() {
        assertFalse(RELEVANCE.score(AnswerSet.of("c", "0", "d", "0"), "second-pair").hasValue());
    }
}
