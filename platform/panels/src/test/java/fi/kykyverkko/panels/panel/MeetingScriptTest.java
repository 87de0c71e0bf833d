package fi.kykyverkko.panels.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingScriptTest {

    @Test
    void laplandsScriptIsCoffeeRecapThemeFeedbackAndSurvivesStorage() {
        MeetingScript script = MeetingScript.LAPLAND;
        assertEquals(List.of(StepKind.COFFEE, StepKind.RECAP, StepKind.THEME, StepKind.FEEDBACK), script.steps().stream().map(MeetingScript.Step::kind).toList());
        assertEquals(script, MeetingScript.parse(script.text()));
    }

    @Test
    void aConfiguredScriptIsReadLineByLineAndABadLineIsNamed() {
        MeetingScript own = MeetingScript.parse("coffee|Kahvit\nOTHER|Vieraileva puhuja\n\nfeedback | Palaute\n");
        assertEquals(3, own.size());
        assertEquals("Vieraileva puhuja", own.step(1).title());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MeetingScript.parse("COFFEE|Kahvit\nDANCE|Tanssi"));
        assertEquals("panels.script.line", e.problems().list().get(0).key());
        assertEquals(List.of(2), e.problems().list().get(0).args());
        assertThrows(InvalidInputException.class, () -> MeetingScript.parse("  \n"));
    }
}
