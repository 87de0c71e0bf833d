package fi.kykyverkko.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.Problems;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The body rules of the API: the faults the outside probe found (issue 17) each get a 400 naming the field. */
class StrictJsonBodyTest {

    enum Kind { MUNICIPALITY, NGO }

    record Dto(String name, List<String> municipalities, Kind type, LocalDate day, Boolean active, Integer count) {
    }

    private static Map<String, String> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> problems(byte[] body) {
        Problems p = StrictJsonBody.check(body, Dto.class);
        return p.list().stream().collect(Collectors.toMap(Problems.Problem::field, Problems.Problem::key, (a, b) -> a + "," + b));
    }

    @Test
    void aWellFormedBodyPasses() {
        assertEquals(Map.of(), problems("""
                {"name": "Kela\\tRovaniemi\\n", "municipalities": ["Rovaniemi", null], "type": "NGO", "day": "2026-12-03",
                 "active": true, "count": 3}"""));
        assertEquals(Map.of(), problems("{\"name\": null}"), "null leaves a field out");
        assertEquals(Map.of(), problems("{}"));
    }

    @Test
    void whatIsNotOneJsonObjectIsRefusedAsAWhole() {
        for (String body : List.of("", "{", "{\"name\": \"x\"} trailing", "{\"name\": \"x\"}{}", "nonsense", "{'name': 'x'}")) {
            assertEquals(Map.of("", "api.body.not-json"), problems(body), body);
        }
        for (String body : List.of("null", "[]", "[{\"name\": \"x\"}]", "\"a string\"", "42", "true")) {
            assertEquals(Map.of("", "api.body.object-expected"), problems(body), body);
        }
    }

    @Test
    void invalidUtf8IsRefusedNeverStoredAsAReplacementCharacter() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertEquals(Map.of("", "api.body.not-utf8"), problems(body));
    }

    @Test
    void eachFieldGetsItsOwnProblem() {
        Map<String, String> found = problems("""
                {"name": 12, "municipalities": "Rovaniemi", "type": "PRIVATE", "day": "2026-13-45", "active": "yes",
                 "count": "3", "extra": 1}""");
        assertEquals(Map.of("name", "api.body.string-expected", "municipalities", "api.body.list-expected",
                "type", "import.unknown-choice", "day", "api.body.date-expected", "active", "api.body.boolean-expected",
                "count", "api.body.number-expected", "extra", "api.body.unknown-field"), found);
        assertEquals(Map.of("name", "api.body.string-expected"), problems("{\"name\": true}"), "a boolean is no string either");
        assertEquals(Map.of("municipalities[1]", "api.body.string-expected"), problems("{\"municipalities\": [\"Inari\", 5]}"));
    }

    @Test
    void controlCharactersAreRefusedWhereverTheyAre() {
        assertEquals(Map.of("name", "api.body.control-character"), problems("{\"name\": \"a\\u0000b\"}"));
        assertEquals(Map.of("name", "api.body.control-character"), problems("{\"name\": \"\\u001b[31mred\"}"));
        assertEquals(Map.of("municipalities[0]", "api.body.control-character"), problems("{\"municipalities\": [\"\\u0000=1+1\"]}"));
        assertTrue(StrictJsonBody.isControl(0x7f) && StrictJsonBody.isControl(0x85) && !StrictJsonBody.isControl('\t'));
    }

    @Test
    void nestingThousandsDeepIsTheBodysProblemNotTheParsers() {
        byte[] deep = ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        assertEquals("api.body.too-deep", StrictJsonBody.check(deep, List.class).list().get(0).key());
        byte[] shallow = ("[".repeat(StrictJsonBody.MAX_DEPTH) + "]".repeat(StrictJsonBody.MAX_DEPTH)).getBytes(StandardCharsets.UTF_8);
        assertTrue(StrictJsonBody.check(shallow, List.class).isEmpty());
        // brackets inside a string are text, escaped quotes included
        assertTrue(StrictJsonBody.check(("[\"\\\"" + "[".repeat(200) + "\"]").getBytes(StandardCharsets.UTF_8), List.class).isEmpty());
    }

    @Test
    void aListOrAStringParameterIsOnlyCheckedForJsonAndControls() {
        assertTrue(StrictJsonBody.check("[1, 2]".getBytes(StandardCharsets.UTF_8), List.class).isEmpty());
        assertEquals("api.body.not-json", StrictJsonBody.check("[1, 2] x".getBytes(StandardCharsets.UTF_8), List.class).list().get(0).key());
    }

    @Test
    void aJsonPObjectParameterGetsAnObjectAndAnArrayParameterAnArray() {
        // found by the generated corpus: [{}] posted to an operation taking a JsonObject was a 500
        Map<String, String> array = new java.util.TreeMap<>();
        StrictJsonBody.check("[{}]".getBytes(java.nio.charset.StandardCharsets.UTF_8), jakarta.json.JsonObject.class).list()
                .forEach(p -> array.put(p.field(), p.key()));
        assertEquals(Map.of("", "api.body.object-expected"), array);
        assertTrue(StrictJsonBody.check("{\"emails\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8), jakarta.json.JsonObject.class).isEmpty());
        assertEquals("api.body.list-expected", StrictJsonBody.check("\"x\"".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                jakarta.json.JsonArray.class).list().get(0).key());
    }
}
