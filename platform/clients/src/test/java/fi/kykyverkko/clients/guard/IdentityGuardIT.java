package fi.kykyverkko.clients.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.guard.IdentityGuard;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The identity guard's REST operation in the running portal, with the clients module's register behind it: a
 * Lapland demo client's name is found in Lapland, a client registered in Lapland is not found in Kymenlaakso, the
 * answer never repeats the text, and calls without a token or with a bad body get the kernel's JSON answers.
 */
class IdentityGuardIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    /** The demo caseload's surnames (ClientsDemoData); every demo region has some of them. */
    private static final List<String> DEMO_SURNAMES = List.of("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Koskinen");

    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    @Test
    void aDemoClientsNameIsFoundInTheRegionsRegister() throws Exception {
        String professional = keycloak.userToken("lappi.professional", PASSWORD);
        JsonObject client = null;
        for (String surname : DEMO_SURNAMES) {
            JsonArray found = (JsonArray) KeycloakTestClient.json(get("api/tenants/lappi/clients?q=" + surname, professional).body());
            if (!found.isEmpty()) {
                client = found.getJsonObject(0);
                break;
            }
        }
        assertTrue(client != null, "Lapland's demo caseload has none of " + DEMO_SURNAMES);
        String name = client.getString("firstName") + " " + client.getString("lastName");
        String text = "Tapasin eilen asiakkaan " + name + " ja hänen puhelinnumeronsa on 040 123 4567.";
        HttpResponse<String> answer = check("lappi", professional, text);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(List.of("name@" + text.indexOf(name) + "-" + (text.indexOf(name) + name.length()),
                "phone@" + text.indexOf("040") + "-" + (text.indexOf("040") + 12)), findings(answer));
        assertFalse(answer.body().contains(client.getString("lastName")), "the answer never repeats the text");
        JsonObject first = ((JsonObject) KeycloakTestClient.json(answer.body())).getJsonArray("findings").getJsonObject(0);
        assertEquals("guard.name", first.getString("key"));

        // any member of the region may ask, Kela's network member too; and ordinary text passes
        String kela = keycloak.userToken("kela.asiantuntija", PASSWORD);
        HttpResponse<String> plain = check("lappi", kela, "Asiakas on 45-vuotias, tapaaminen 12.3.2025 klo 14.00–15.00, Dnro 123/2025.");
        assertEquals(200, plain.statusCode(), plain.body());
        assertEquals("{\"findings\":[]}", plain.body().replace(" ", ""));
    }

    @Test
    void aLaplandClientsNameIsNotFoundInAnotherRegion() throws Exception {
        String lapland = keycloak.userToken("lappi.professional", PASSWORD);
        String base = "Vahti" + letters(8);
        String surname = base + "nen";
        String body = Json.createObjectBuilder().add("firstName", "Aapo").add("lastName", surname).add("language", "FI").build().toString();
        HttpResponse<String> created = send("POST", "api/tenants/lappi/clients", lapland, body);
        assertEquals(200, created.statusCode(), created.body());

        String text = "Soitin eilen " + base + "selle ja Aapo " + base + "sen asia eteni.";
        String inflected = base + "selle";
        String pair = "Aapo " + base + "sen";
        List<String> expected = List.of("name@" + text.indexOf(inflected) + "-" + (text.indexOf(inflected) + inflected.length()),
                "name@" + text.indexOf(pair) + "-" + (text.indexOf(pair) + pair.length()));
        // the register is read again within a minute of the registration
        List<String> found = List.of();
        long until = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < until) {
            HttpResponse<String> answer = check("lappi", lapland, text);
            assertEquals(200, answer.statusCode(), answer.body());
            found = findings(answer);
            if (!found.isEmpty()) {
                break;
            }
            Thread.sleep(2000);
        }
        assertEquals(expected, found, "the new client's name in Lapland, inflected, alone and with the given name");

        String kymenlaakso = keycloak.userToken("kymenlaakso.professional", PASSWORD);
        HttpResponse<String> elsewhere = check("kymenlaakso", kymenlaakso, text);
        assertEquals(200, elsewhere.statusCode(), elsewhere.body());
        assertEquals(List.of(), findings(elsewhere), "Kymenlaakso's register does not hold Lapland's client");
        assertEquals(404, check("kymenlaakso", lapland, text).statusCode(), "a region the caller is not in");
    }

    @Test
    void noTokenIs401AndABadBodyIsTheKernelsProblemJson() throws Exception {
        HttpResponse<String> anonymous = check("lappi", null, "Tapasin Matti Virtasen.");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        String token = keycloak.userToken("lappi.professional", PASSWORD);
        assertProblem(send("POST", "api/tenants/lappi/identity-guard", token, "{\"text\": "), "", "api.body.not-json");
        assertProblem(send("POST", "api/tenants/lappi/identity-guard", token, "{\"text\": 12}"), "text", "api.body.string-expected");
        assertProblem(send("POST", "api/tenants/lappi/identity-guard", token, "{\"text\": \"x\", \"more\": 1}"), "more", "api.body.unknown-field");
        assertProblem(send("POST", "api/tenants/lappi/identity-guard", token, "{}"), "text", "validation.required");
        assertProblem(check("lappi", token, "x".repeat(IdentityGuard.MAX_TEXT + 1)), "text", "validation.too-long");
        assertEquals(200, check("lappi", token, "x".repeat(IdentityGuard.MAX_TEXT)).statusCode());

        String code = "Tunnus 131052-308T.";
        HttpResponse<String> answer = check("lappi", token, code);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(List.of("identity-code@7-18"), findings(answer));
        assertFalse(answer.body().contains("308T"));
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
    }

    private HttpResponse<String> check(String region, String token, String text) throws Exception {
        return send("POST", "api/tenants/" + region + "/identity-guard", token, Json.createObjectBuilder().add("text", text).build().toString());
    }

    private static List<String> findings(HttpResponse<String> answer) {
        JsonArray list = ((JsonObject) KeycloakTestClient.json(answer.body())).getJsonArray("findings");
        return list.stream().map(JsonValue::asJsonObject)
                .map(f -> f.getString("kind") + "@" + f.getInt("start") + "-" + f.getInt("end")).collect(Collectors.toList());
    }

    private static void assertProblem(HttpResponse<String> answer, String field, String key) {
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<String> problems = ((JsonObject) KeycloakTestClient.json(answer.body())).getJsonArray("problems").stream()
                .map(JsonValue::asJsonObject).map(p -> p.getString("field") + "=" + p.getString("key")).toList();
        assertTrue(problems.contains(field + "=" + key), "expected " + field + "=" + key + " in " + problems);
    }

    private static String letters(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
