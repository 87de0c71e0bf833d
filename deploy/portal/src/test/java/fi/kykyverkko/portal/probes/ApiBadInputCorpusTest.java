package fi.kykyverkko.portal.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus itself: what its generators make, and that its strings reach the server as meant. */
class ApiBadInputCorpusTest {

    @Test
    void theBodiesAreMostlyObjectsOfTheFieldsAndSometimesMalformed() {
        List<String> bodies = ApiBadInputCorpusIT.bodies(List.of("nameFi", "municipalities")).sampleStream().limit(400).toList();
        long objects = bodies.stream().filter(b -> b.startsWith("{\"nameFi\"") || b.startsWith("{\"municipalities\"")).count();
        long parseable = bodies.stream().filter(ApiBadInputCorpusTest::parsesAsObject).count();
        assertTrue(objects > 200, "objects of the operation's fields: " + objects);
        assertTrue(parseable < bodies.size(), "some bodies are malformed");
        assertTrue(bodies.stream().anyMatch(b -> b.length() > 100_000), "some bodies are large");
        assertTrue(bodies.stream().allMatch(b -> b.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 1024 * 1024),
                "none over the 1 MB limit (ApiBadInputIT's): the portal stops reading those and the client would wait");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreSentAsEscapes() {
        assertEquals("\"a\\u0000b\"", ApiBadInputCorpusIT.quote("a\u0000b"));
        assertEquals("\"x\\ud800y\"", ApiBadInputCorpusIT.quote("x\ud800y"));
        assertEquals("\"\ud83d\udc69\"", ApiBadInputCorpusIT.quote("\ud83d\udc69"), "a pair stays a character");
        assertEquals("\"say \\\"hi\\\" \\\\\"", ApiBadInputCorpusIT.quote("say \"hi\" \\"));
    }

    private static boolean parsesAsObject(String body) {
        try {
            JsonObject parsed = Json.createReader(new StringReader(body)).readObject();
            return parsed != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
