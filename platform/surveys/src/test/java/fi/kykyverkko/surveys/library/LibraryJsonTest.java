package fi.kykyverkko.surveys.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.surveys.instruments.DefinitionParser;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ShippedInstruments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library's rules on a definition's text: the version is the library's, problems are refused at their paths. */
class LibraryJsonTest {

    static String who5() throws IOException {
        try (InputStream in = ShippedInstruments.class.getClassLoader().getResourceAsStream("instruments/who-5.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewCodeStartsAtOneAnUnansweredVersionIsCorrectedInPlaceAnAnsweredOneGetsTheNext() {
        assertEquals(1, LibraryJson.targetVersion(null, false));
        assertEquals(1, LibraryJson.targetVersion(null, true));
        assertEquals(3, LibraryJson.targetVersion(3, false));
        assertEquals(4, LibraryJson.targetVersion(3, true));
    }

    @Test
    void theVersionInTheFileIsReplacedByTheLibrarysAndTheRestIsKept() throws IOException {
        String original = who5();
        assertSame(original, LibraryJson.withVersion(original, 1), "already version 1: the text is kept as written");
        String second = LibraryJson.withVersion(original, 2);
        InstrumentDefinition read = DefinitionParser.parse(second).definition().orElseThrow();
        assertEquals(2, read.version());
        assertEquals(ShippedInstruments.load("instruments/who-5.json").items(), read.items());
        assertTrue(second.indexOf("\"code\"") < second.indexOf("\"version\"") && second.indexOf("\"version\"") < second.indexOf("\"items\""),
                "the keys stay in their order: " + second);
    }

    @Test
    void aMissingOrNonsenseVersionIsNotAProblemSinceTheLibrarySetsIt() throws IOException {
        String without = who5().replace("\"version\": 1,", "");
        assertEquals(1, LibraryJson.parseOrRefuse(LibraryJson.withVersion(without, 1)).version());
        String nonsense = who5().replace("\"version\": 1,", "\"version\": -7,");
        assertEquals(5, LibraryJson.parseOrRefuse(LibraryJson.withVersion(nonsense, 5)).version());
    }

    @Test
    void textThatIsNotAnObjectIsLeftForTheParserToReport() {
        assertEquals("[1, 2]", LibraryJson.withVersion("[1, 2]", 1));
        assertEquals("{broken", LibraryJson.withVersion("{broken", 1));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> LibraryJson.parseOrRefuse("{broken"));
        assertEquals("instrument.json.malformed", refused.problems().list().get(0).key());
    }

    @Test
    void everyProblemIsRefusedAtItsPath() throws IOException {
        String broken = who5().replace("\"sv\": \"WHO-5 välbefinnandeindex\",", "").replace("\"code\": \"who-5\"", "\"code\": \"WHO 5\"");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> LibraryJson.parseOrRefuse(broken));
        List<String> found = refused.problems().list().stream().map(p -> p.field() + ": " + p.key()).sorted().toList();
        assertEquals(List.of("code: instrument.code.invalid", "name.sv: instrument.text.missing-language"), found);
    }
}
