package fi.kykyverkko.kernel.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.tenancy.TenantDefinition.Scale;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TenantDefinitionParserTest {

    private final TenantDefinitionParser parser = new TenantDefinitionParser(Set.of("kernel", "supported-employment"));

    private static final String VALID = """
            {
              "id": "kymenlaakso",
              "names": { "fi": "Kymenlaakson hyvinvointialue", "sv": "Kymmenedalens välfärdsområde", "en": "Kymenlaakso" },
              "organisation": "Kymsote",
              "municipalities": ["Kotka", "Kouvola"],
              "modules": ["supported-employment"],
              "theme": "kymenlaakso",
              "indicatorTargets": [
                { "indicator": "customer-satisfaction", "target": 8.5, "scale": "grade-4-10" },
                { "indicator": "activation-rate", "target": 50, "scale": "percent" }
              ]
            }""";

    @Test
    void readsEveryFieldOfAValidDefinition() throws Exception {
        var result = parser.parse("kymenlaakso.json", VALID, "kymenlaakso");
        TenantDefinition d = result.definition();
        assertEquals("kymenlaakso", d.id().value());
        assertEquals("tenant_kymenlaakso", d.id().schema());
        assertEquals("Kymmenedalens välfärdsområde", d.names().sv());
        assertEquals(List.of("Kotka", "Kouvola"), d.municipalities());
        assertEquals(Set.of("supported-employment"), d.modules());
        assertEquals(2, d.indicatorTargets().size());
        assertEquals(0, new BigDecimal("8.5").compareTo(d.indicatorTargets().get(0).target()));
        assertEquals(Scale.GRADE_4_10, d.indicatorTargets().get(0).scale());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void themeDefaultsToBaseAndOptionalListsToEmpty() throws Exception {
        String json = """
                { "id": "x-region", "names": {"fi": "X", "sv": "X", "en": "X"}, "organisation": "O", "municipalities": ["A"] }""";
        TenantDefinition d = parser.parse("API", json, null).definition();
        assertEquals("base", d.theme());
        assertTrue(d.modules().isEmpty());
        assertTrue(d.indicatorTargets().isEmpty());
    }

    @Test
    void reportsEveryBrokenFieldWithItsPathAndReason() {
        String json = """
                {
                  "id": "Kymen Laakso",
                  "names": { "fi": "Kymenlaakso", "en": "" },
                  "municipalities": [],
                  "indicatorTargets": [
                    { "indicator": "customer-satisfaction", "target": 11, "scale": "grade-4-10" },
                    { "indicator": "activation-rate", "target": "50", "scale": "percent" },
                    { "indicator": "x", "target": 1, "scale": "stars" }
                  ]
                }""";
        var e = assertThrows(InvalidTenantDefinitionException.class, () -> parser.parse("bad.json", json, null));
        List<String> fields = e.problems().stream().filter(DefinitionProblem::error).map(DefinitionProblem::field).toList();
        assertEquals(List.of("id", "names.sv", "names.en", "organisation", "municipalities",
                "indicatorTargets[0].target", "indicatorTargets[1].target", "indicatorTargets[2].scale"), fields);
        assertTrue(e.problems().stream().allMatch(p -> p.source().equals("bad.json")));
        assertTrue(e.getMessage().contains("11 is outside the grade-4-10 scale (4–10)"), e.getMessage());
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        var e = assertThrows(InvalidTenantDefinitionException.class,
                () -> parser.parse("broken.json", "{\n  \"id\": \"lappi\",\n  \"names\": \n}", null));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).reason().contains("line 4"), e.problems().get(0).reason());
    }

    @Test
    void idMustMatchTheFileName() {
        var e = assertThrows(InvalidTenantDefinitionException.class, () -> parser.parse("lappi.json", VALID, "lappi"));
        assertEquals("id", e.problems().get(0).field());
        assertTrue(e.problems().get(0).reason().contains("file is named for 'lappi'"));
    }

    @Test
    void uninstalledModulesAndUnknownFieldsAreWarningsNotErrors() throws Exception {
        String json = VALID.replace("\"supported-employment\"", "\"supported-employment\", \"lifestyle-coaching\"")
                .replace("\"theme\"", "\"colour\": \"red\", \"theme\"");
        var result = parser.parse("kymenlaakso.json", json, "kymenlaakso");
        assertEquals(Set.of("supported-employment", "lifestyle-coaching"), result.definition().modules());
        assertEquals(List.of("colour", "modules[1]"), result.warnings().stream().map(DefinitionProblem::field).sorted().toList());
    }

    @Test
    void duplicatesAreRejected() {
        String json = VALID.replace("[\"Kotka\", \"Kouvola\"]", "[\"Kotka\", \"Kotka\"]")
                .replace("\"activation-rate\"", "\"customer-satisfaction\"");
        var e = assertThrows(InvalidTenantDefinitionException.class, () -> parser.parse("k.json", json, null));
        assertEquals(List.of("municipalities[1]", "indicatorTargets[1].indicator"),
                e.problems().stream().map(DefinitionProblem::field).toList());
    }

    @Test
    void tenantIdsAreSafeForSchemaNames() {
        assertEquals("tenant_keski_uusimaa", TenantId.of("keski-uusimaa").schema());
        for (String bad : new String[] {"", "1lappi", "lappi_", "lappi--x", "tenant;drop", "Lappi", "a".repeat(41)}) {
            assertThrows(IllegalArgumentException.class, () -> TenantId.of(bad), bad);
        }
    }

    @Test
    void theShippedDefinitionsAreValid() throws IOException {
        Path dir = Path.of("../../tenants");
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(4, files.size(), "the four regions of the brief");
        for (Path file : files) {
            String name = file.getFileName().toString();
            var result = assertDoesNotThrowParse(name, Files.readString(file), name.replace(".json", ""));
            assertTrue(result.warnings().stream().allMatch(w -> w.field().startsWith("modules")), result.warnings().toString());
        }
        var kymenlaakso = assertDoesNotThrowParse("kymenlaakso.json", Files.readString(dir.resolve("kymenlaakso.json")), "kymenlaakso");
        assertEquals(List.of("customer-satisfaction 8.5 grade-4-10", "activation-rate 50 percent",
                        "placement-into-working-life 20 percent", "staff-cooperation-rating 4.5 likert-1-5"),
                kymenlaakso.definition().indicatorTargets().stream()
                        .map(t -> t.indicator() + " " + t.target().toPlainString() + " " + t.scale().key()).toList());
    }

    private TenantDefinitionParser.Result assertDoesNotThrowParse(String source, String json, String expectedId) {
        try {
            return parser.parse(source, json, expectedId);
        } catch (InvalidTenantDefinitionException e) {
            throw new AssertionError(source + " is invalid: " + e.getMessage(), e);
        }
    }
}
