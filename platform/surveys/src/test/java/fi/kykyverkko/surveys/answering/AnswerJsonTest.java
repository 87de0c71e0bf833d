package fi.kykyverkko.surveys.answering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.surveys.instruments.AnswerSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

    @Test
    void answersSurviveTheRoundTripAndSingleValuesAndNumbersAreRead() {
        AnswerSet answers = AnswerSet.of("mood", "3", "free", "Hyvä \"päivä\"").with("many", "x", "y");
        assertEquals(answers, AnswerJson.read(AnswerJson.write(answers)));
        AnswerSet read = AnswerJson.read("{\"grade\": 9, \"free\": \"ok\", \"empty\": \"\", \"none\": null}");
        assertEquals(List.of("9"), read.valuesOf("grade"));
        assertEquals(List.of("ok"), read.valuesOf("free"));
        assertFalse(read.answered("empty"));
        assertFalse(read.answered("none"));
        assertThrows(IllegalArgumentException.class, () -> AnswerJson.read("{\"x\": {\"y\": 1}}"));
    }

    @Test
    void submissionKeysAreLongEnoughAndPlain() {
        assertTrue(SubmissionKeys.isValid(SubmissionKeys.newKey()));
        assertFalse(SubmissionKeys.isValid("short"));
        assertFalse(SubmissionKeys.isValid("x".repeat(65)));
        assertFalse(SubmissionKeys.isValid("abcdefghijklmnop'; --"));
        assertFalse(SubmissionKeys.isValid(null));
    }
}
