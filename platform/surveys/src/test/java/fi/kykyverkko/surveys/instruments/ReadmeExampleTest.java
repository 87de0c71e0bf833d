package fi.kykyverkko.surveys.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's example definition is a working one, so the documentation cannot drift from the format. */
class ReadmeExampleTest {

    @Test
    void theExampleReadsAndScores() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        ParsedDefinition parsed = DefinitionParser.parse(json);
        assertEquals(List.of(), parsed.problems());
        InstrumentDefinition example = parsed.definition().orElseThrow();
        // works = no hides the required hours; mood 3 → 3 × 50 − 50 = 100: fine
        AnswerSet answers = AnswerSet.of("works", "no", "mood", "3");
        assertEquals(List.of(), example.check(answers));
        Score mood = example.score(answers, "mood");
        assertEquals(Optional.of(new BigDecimal("100.0")), mood.value());
        assertEquals(Optional.of("fine"), mood.bandCode());
        // mood 1 → 1 × 50 − 50 = 0: low
        assertEquals(Optional.of("low"), example.score(AnswerSet.of("works", "no", "mood", "1"), "mood").bandCode());
    }
}
