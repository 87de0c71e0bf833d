package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Code that builds a definition without the parser still cannot make an inconsistent one. */
class InstrumentDefinitionTest {

    private static final FourLanguageText TEXT = new FourLanguageText("k", "f", "q", "s");
    private static final Item MOOD = Item.scale("mood", ItemType.SMILEYS_3, true, TEXT);
    private static final Item NOTE = new Item("note", ItemType.FREE_TEXT, false, TEXT, null, List.of(), 100, null, null, null, List.of());

    @Test
    void theConstructorGuardsWhatTheParserReports() {
        assertThrows(IllegalArgumentException.class, () -> define(List.of(MOOD, MOOD), List.of()));
        Item dependsOnLater = new Item("early", ItemType.SMILEYS_3, false, TEXT, new ShowIf("mood", Set.of("1")), List.of(), null, null, null, null, List.of());
        assertThrows(IllegalArgumentException.class, () -> define(List.of(dependsOnLater, MOOD), List.of()));
        ScoreRule onText = new ScoreRule("text", ScoreRule.Method.SUM, List.of("note"), 1, null, null, List.of());
        assertThrows(IllegalArgumentException.class, () -> define(List.of(MOOD, NOTE), List.of(onText)));
        assertThrows(IllegalArgumentException.class, () -> new ScoreRule("few", ScoreRule.Method.MEAN, List.of("mood"), 2, BigDecimal.ONE, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new InstrumentDefinition("v0", 0, TEXT, List.of(MOOD), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FourLanguageText("k", "f", "q", " "));
    }

    private static InstrumentDefinition define(List<Item> items, List<ScoreRule> scores) {
        return new InstrumentDefinition("test", 1, TEXT, items, scores);
    }
}
