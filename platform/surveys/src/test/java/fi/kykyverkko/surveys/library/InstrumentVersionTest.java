package fi.kykyverkko.surveys.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stored version: corrected in place until it has answers, never after. */
class InstrumentVersionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    private static InstrumentVersion who5() throws IOException {
        String json = LibraryJsonTest.who5();
        return new InstrumentVersion(LibraryJson.parseOrRefuse(json), json, Origin.TEMPLATE, "system", NOW);
    }

    @Test
    void aNewVersionIsUnfrozenAndNamedInFinnish() throws IOException {
        InstrumentVersion v = who5();
        assertEquals("who-5", v.getCode());
        assertEquals(1, v.getNumber());
        assertEquals("WHO-5-hyvinvointi-indeksi", v.getNameFi());
        assertFalse(v.isFrozen());
        assertTrue(v.check().isEmpty(), v.check().list().toString());
        assertEquals(5, v.definition().items().stream().filter(i -> i.type().name().equals("WHO5_0_5")).count());
    }

    @Test
    void anUnansweredVersionIsReplacedAndBecomesTheRegions() throws IOException {
        InstrumentVersion v = who5();
        String changed = LibraryJsonTest.who5().replace("WHO-5-hyvinvointi-indeksi", "WHO-5 (Lappi)");
        v.replace(LibraryJson.parseOrRefuse(changed), changed, Origin.REGION);
        assertEquals("WHO-5 (Lappi)", v.getNameFi());
        assertEquals(Origin.REGION, v.getOrigin());
        assertEquals(changed, v.getDefinition());
    }

    @Test
    void aFrozenVersionRefusesEveryChange() throws IOException {
        InstrumentVersion v = who5();
        v.freeze();
        String changed = LibraryJsonTest.who5().replace("WHO-5-hyvinvointi-indeksi", "WHO-5 (Lappi)");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> v.replace(LibraryJson.parseOrRefuse(changed), changed, Origin.REGION));
        assertEquals(List.of("definition"), refused.problems().list().stream().map(p -> p.field()).toList());
        assertEquals("instrument.library.frozen", refused.problems().list().get(0).key());
        assertEquals("WHO-5-hyvinvointi-indeksi", v.getNameFi());
    }

    @Test
    void anotherCodeOrVersionIsNotAReplacement() throws IOException {
        InstrumentVersion v = who5();
        String two = LibraryJson.withVersion(LibraryJsonTest.who5(), 2);
        InstrumentDefinition second = LibraryJson.parseOrRefuse(two);
        assertThrows(IllegalArgumentException.class, () -> v.replace(second, two, Origin.REGION));
    }

    @Test
    void aDefinitionTooLargeForItsColumnIsAProblem() throws IOException {
        String json = LibraryJsonTest.who5();
        String padded = json.replaceFirst("\\{", "{\"note\": \"" + "ä".repeat(InstrumentVersion.DEFINITION_MAX_BYTES / 2) + "\",");
        InstrumentVersion v = new InstrumentVersion(LibraryJson.parseOrRefuse(json), padded, Origin.REGION, "someone", NOW);
        assertEquals(List.of("instrument.library.too-large"), v.check().of("definition").stream().map(p -> p.key()).toList());
    }
}
