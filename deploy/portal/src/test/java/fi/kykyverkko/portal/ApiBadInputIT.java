package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The malformed bodies the outside probe sent (issue 17), each to a real write of the API with a real token: every
 * one is a 400 (or 413) in JSON listing the problem at its field, never an HTML page or a 500, and never cached.
 * The organisation's PUT stands for every module's: the rules are the kernel's, for every JSON body.
 */
class ApiBadInputIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private String token;
    private String path;

    @BeforeEach
    void professional() throws Exception {
        token = new KeycloakTestClient().userToken("lappi.professional", PASSWORD);
        path = "api/tenants/lappi/organisations/it-bad-input-" + Long.toString(System.nanoTime(), 36);
    }

    private static String valid(String change) {
        return "{\"nameFi\": \"Testiyhdistys\", \"type\": \"NGO\", \"municipalities\": [\"Rovaniemi\"]" + change + "}";
    }

    @Test
    void everyMalformedBodyIsAJson400NamingItsFieldAndNeverCached() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("{\"nameFi\": ", "=api.body.not-json");
        expected.put("null", "=api.body.object-expected");
        expected.put("[" + valid("") + "]", "=api.body.object-expected");
        expected.put("\"Testiyhdistys\"", "=api.body.object-expected");
        expected.put(valid("") + " trailing", "=api.body.not-json");
        expected.put(valid("").replace("\"NGO\"", "\"NO_SUCH_TYPE\""), "type=import.unknown-choice");
        expected.put(valid("").replace("[\"Rovaniemi\"]", "\"Rovaniemi\""), "municipalities=api.body.list-expected");
        expected.put(valid(", \"phone\": 401234567"), "phone=api.body.string-expected");
        expected.put(valid(", \"website\": true"), "website=api.body.string-expected");
        expected.put(valid(", \"address\": \"Katu 1\\u0000\""), "address=api.body.control-character");
        expected.put(valid(", \"nameSv\": \"\\u001b[2J\""), "nameSv=api.body.control-character");
        expected.put(valid(", \"surprise\": 1"), "surprise=api.body.unknown-field");
        expected.put(valid("").replace("\"Testiyhdistys\"", "\"\\u00a0\""), "nameFi=validation.required");
        expected.put(valid(", \"email\": \"" + "a".repeat(300) + "@example.fi\""), "email=");
        expected.put(valid(", \"address\": \"" + "Katu ".repeat(3000) + "\""), "address=");
        int tried = 0;
        for (Map.Entry<String, String> bad : expected.entrySet()) {
            HttpResponse<String> answer = send("PUT", path, token, bad.getKey());
            String[] want = bad.getValue().split("=", -1);
            assertProblem(answer, 400, want[0], want[1], bad.getKey());
            tried++;
        }
        assertEquals(expected.size(), tried);
        assertEquals(404, get(path, token).statusCode(), "nothing was stored by any of them");
        assertEquals(200, send("PUT", path, token, valid("")).statusCode(), "and the good body still saves");
    }

    @Test
    void invalidUtf8IsRefusedAndAnOversizedBodyIs413() throws Exception {
        byte[] broken = valid(", \"address\": \"X\"").getBytes(StandardCharsets.UTF_8);
        broken[new String(broken, StandardCharsets.UTF_8).indexOf("\"X\"") + 1] = (byte) 0xC3; // a lead byte, then a quote
        assertProblem(raw(broken), 400, "", "api.body.not-utf8", "invalid UTF-8");
        byte[] huge = ("{\"nameFi\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(raw(huge), 413, "", "api.body.too-large", "a body over 1 MB");
    }

    @Test
    void unknownPathsAndMethodsAnswerJsonToo() throws Exception {
        assertProblem(get("api/no-such-resource", token), 404, "", "api.status.404", "unknown path");
        assertProblem(send("DELETE", path, token, null), 405, "", "api.status.405", "no DELETE");
        HttpResponse<String> anonymous = send("GET", "api/tenants/lappi/organisations", null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("no-store", anonymous.headers().firstValue("Cache-Control").orElse(""));
    }

    private HttpResponse<String> raw(byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal(path))).timeout(Duration.ofSeconds(60))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code key} at {@code field} among the answer's problems; an empty key: any problem at the field. */
    private static void assertProblem(HttpResponse<String> answer, int status, String field, String key, String what) {
        String shown = what.length() > 80 ? what.substring(0, 80) + "…" : what;
        assertEquals(status, answer.statusCode(), shown + " → " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), shown);
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), shown);
        JsonObject body = (JsonObject) KeycloakTestClient.json(answer.body());
        List<String> problems = body.getJsonArray("problems").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("field") + "=" + p.getString("key")).collect(Collectors.toList());
        assertTrue(problems.stream().anyMatch(p -> key.isEmpty() ? p.startsWith(field + "=") : p.equals(field + "=" + key)),
                shown + ": expected " + field + "=" + key + " in " + problems);
    }
}
