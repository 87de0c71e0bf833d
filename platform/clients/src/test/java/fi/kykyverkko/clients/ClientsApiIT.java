package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The clients API with real Keycloak tokens: a professional registers and reads, a duplicate code answers 409, the
 * code never comes back in clear, and Kela's expert gets 404 for a client no consent covers, as for one who does not
 * exist.
 */
class ClientsApiIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    @Test
    void aProfessionalRegistersAndReadsAndKelaSeesNothingWithoutConsent() throws Exception {
        String professional = keycloak.userToken("lappi.professional", PASSWORD);
        IdentityCode code = IdentityCode.of(LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 50)),
                900 + ThreadLocalRandom.current().nextInt(100));
        String name = "Rajapinta" + Long.toString(System.nanoTime(), 36);
        String body = Json.createObjectBuilder().add("firstName", "Aapo").add("lastName", name).add("identityCode", code.value())
                .add("language", "FI").build().toString();
        HttpResponse<String> created = send("POST", "api/tenants/lappi/clients", professional, body);
        assertEquals(200, created.statusCode(), created.body());
        assertFalse(created.body().contains(code.value()), "the code never comes back in clear");
        long id = ((JsonObject) KeycloakTestClient.json(created.body())).getJsonNumber("id").longValue();
        assertEquals(409, send("POST", "api/tenants/lappi/clients", professional, body).statusCode(), "a duplicate code");

        HttpResponse<String> read = get("api/tenants/lappi/clients/" + id, professional);
        assertEquals(200, read.statusCode());
        assertEquals(code.masked(), ((JsonObject) KeycloakTestClient.json(read.body())).getString("identityMasked"));
        assertEquals(200, get("api/tenants/lappi/clients/" + id + "/episodes", professional).statusCode());
        JsonArray found = (JsonArray) KeycloakTestClient.json(get("api/tenants/lappi/clients?q=" + name, professional).body());
        assertEquals(1, found.size());
        String byCode = Json.createObjectBuilder().add("identityCode", code.value()).build().toString();
        assertEquals(200, send("POST", "api/tenants/lappi/clients/by-code", professional, byCode).statusCode());

        String kela = keycloak.userToken("kela.asiantuntija", PASSWORD);
        assertEquals(404, get("api/tenants/lappi/clients/" + id, kela).statusCode(), "no consent: as if no client");
        assertEquals(404, get("api/tenants/lappi/clients/999999999", kela).statusCode());
        assertEquals(404, send("POST", "api/tenants/lappi/clients/by-code", kela, byCode).statusCode());
        assertEquals(0, ((JsonArray) KeycloakTestClient.json(get("api/tenants/lappi/clients?q=" + name, kela).body())).size());
        assertEquals(403, send("POST", "api/tenants/lappi/clients", kela, body.replace(name, name + "x")).statusCode(),
                "a network member registers nobody");
        assertEquals(404, get("api/tenants/kymenlaakso/clients/" + id, professional).statusCode(), "another region");

        HttpResponse<String> invalid = send("POST", "api/tenants/lappi/clients", professional,
                Json.createObjectBuilder().add("firstName", "Vain").add("identityCode", "010190-123X").build().toString());
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("identityCode") && !invalid.body().contains("010190-123X"), invalid.body());
    }
}
