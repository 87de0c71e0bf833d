package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers are checked against their definition, and every problem is listed. */
class AnswerCheckTest {

    /** Works? yes → hours (required), and hours over 40 → overtime reason (required); a matrix; a heading. */
    private static final InstrumentDefinition FORM = TestDefinitions.definition("""
            {"id": "intro", "type": "SECTION", "text": TEXT},
            {"id": "works", "type": "YES_NO_CANT_SAY", "required": true, "text": TEXT},
            {"id": "hours", "type": "RATING_0_10", "required": true, "text": TEXT, "showIf": {"item": "works", "values": ["yes"]}},
            {"id": "tired", "type": "SMILEYS_3", "required": true, "text": TEXT, "showIf": {"item": "hours", "values": ["9", "10"]}},
            {"id": "grid", "type": "MATRIX", "scale": "RELEVANCE_1_4_NA0", "required": true, "text": TEXT, "rows": [{"id": "a", "text": TEXT}, {"id": "b", "text": TEXT}]},
            {"id": "pick", "type": "MULTIPLE_CHOICE", "text": TEXT, "options": [{"code": "x", "label": TEXT}, {"code": "y", "label": TEXT}]},
            {"id": "note", "type": "FREE_TEXT", "maxLength": 5, "text": TEXT},
            {"id": "age", "type": "NUMBER", "min": 16, "max": 99.5, "text": TEXT},
            {"id": "start", "type": "DATE", "text": TEXT}
            """, "");

    private static final AnswerSet VALID = AnswerSet.of("works", "no", "grid.a", "0", "grid.b", "4");

    @Test
    void aHiddenRequiredItemDoesNotBlockTheAnswers() {
        // works = no hides hours, and with it tired; both are required only where shown
        assertEquals(List.of(), FORM.check(VALID));
    }

    @Test
    void aShownRequiredItemMustBeAnsweredMatrixRowsEachOnTheirOwn() {
        AnswerSet answers = AnswerSet.of("works", "yes", "grid.b", "2");
        assertEquals(List.of(
                new AnswerProblem("hours", "instrument.answer.required"),
                new AnswerProblem("grid.a", "instrument.answer.required")), FORM.check(answers));
    }

    @Test
    void anAnsweredHiddenItemIsRefusedAlsoWhenHiddenThroughTheItemItDependsOn() {
        // tired depends on hours, hours on works: works = no hides both, whatever hours says
        AnswerSet answers = VALID.with("hours", "10").with("tired", "1");
        assertEquals(List.of(
                new AnswerProblem("hours", "instrument.answer.hidden-answered"),
                new AnswerProblem("tired", "instrument.answer.hidden-answered")), FORM.check(answers));
        assertEquals(List.of(), FORM.check(VALID.with("works", "yes").with("hours", "10").with("tired", "1")));
    }

    @Test
    void valuesOutsideWhatTheItemAllowsAreEachReported() {
        AnswerSet answers = new AnswerSet(Map.ofEntries(
                Map.entry("works", List.of("maybe")),
                Map.entry("grid.a", List.of("5")),
                Map.entry("grid.b", List.of("1", "2")),
                Map.entry("pick", List.of("x", "z", "x")),
                Map.entry("note", List.of("too long")),
                Map.entry("age", List.of("100")),
                Map.entry("start", List.of("31.12.2026"))));
        assertEquals(List.of(
                new AnswerProblem("works", "instrument.answer.not-an-option"),
                new AnswerProblem("grid.a", "instrument.answer.out-of-scale"),
                new AnswerProblem("grid.b", "instrument.answer.one-value-only"),
                new AnswerProblem("pick", "instrument.answer.not-an-option"),
                new AnswerProblem("pick", "instrument.answer.repeated-option"),
                new AnswerProblem("note", "instrument.answer.too-long"),
                new AnswerProblem("age", "instrument.answer.out-of-range"),
                new AnswerProblem("start", "instrument.answer.not-a-date")), FORM.check(answers));
    }

    @Test
    void goodValuesOfEveryKindPass() {
        AnswerSet answers = VALID.with("pick", "x", "y").with("note", "hyvä").with("age", "99.5").with("start", "2026-12-31");
        assertEquals(List.of(), FORM.check(answers));
        assertEquals(List.of(new AnswerProblem("age", "instrument.answer.not-a-number")), FORM.check(VALID.with("age", "many")));
    }

    @Test
    void unknownItemsAndAnswersToAHeadingAreRefused() {
        AnswerSet answers = VALID.with("grid", "3").with("intro", "1").with("nobody-asked", "5");
        assertEquals(List.of(
                new AnswerProblem("grid", "instrument.answer.unknown-item"),
                new AnswerProblem("intro", "instrument.answer.takes-no-answer"),
                new AnswerProblem("nobody-asked", "instrument.answer.unknown-item")), FORM.check(answers));
    }

    @Test
    void blankAnswersCountAsNotAnsweredAndAnswersWithProblemsAreNotScored() {
        AnswerSet blank = VALID.with("note", " ");
        assertFalse(blank.answered("note"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> FORM.score(AnswerSet.of("works", "no")));
        assertTrue(refused.getMessage().contains("grid.a"), refused.getMessage());
    }
}
