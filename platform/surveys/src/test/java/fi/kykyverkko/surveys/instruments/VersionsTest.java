package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A definition with answers is frozen: a change to it is the next version; an unanswered one is corrected in place. */
class VersionsTest {

    private static final InstrumentDefinition GRADE = ShippedInstruments.load("instruments/client-satisfaction-grade.json");

    @Test
    void theRule() {
        assertEquals(3, Versions.nextVersion(2, true));
        assertEquals(2, Versions.nextVersion(2, false));
        assertThrows(IllegalArgumentException.class, () -> Versions.nextVersion(0, false));
    }

    @Test
    void changingAnAnsweredDefinitionMakesTheNextVersion() {
        InstrumentDefinition changed = withoutTheComment(GRADE);
        InstrumentDefinition revised = GRADE.revise(changed, true);
        assertEquals(2, revised.version());
        assertEquals(1, revised.items().size());
        assertEquals(1, GRADE.version(), "the answered version itself stays as it was");
    }

    @Test
    void changingAnUnansweredDefinitionKeepsItsVersion() {
        assertEquals(1, GRADE.revise(withoutTheComment(GRADE), false).version());
    }

    @Test
    void noChangeIsNoNewVersionEvenWithAnswers() {
        InstrumentDefinition same = new InstrumentDefinition(GRADE.code(), 7, GRADE.name(), GRADE.items(), GRADE.scores());
        assertSame(GRADE, GRADE.revise(same, true));
    }

    @Test
    void aRevisionKeepsTheCode() {
        InstrumentDefinition other = new InstrumentDefinition("other", 1, GRADE.name(), GRADE.items(), GRADE.scores());
        assertThrows(IllegalArgumentException.class, () -> GRADE.revise(other, true));
    }

    private static InstrumentDefinition withoutTheComment(InstrumentDefinition definition) {
        return new InstrumentDefinition(definition.code(), definition.version(), definition.name(),
                definition.items().subList(0, 1), definition.scores());
    }
}
