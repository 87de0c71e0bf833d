package fi.kykyverkko.employerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plugin in the running portal, from outside: on in Lapland (demo guide), "not found" in Central Uusimaa,
 * which has it off; readers and the employer liaison through real Keycloak tokens; the public page without login.
 */
class EmployerGuideIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    private HttpResponse<String> publicPage(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal(path))).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> codes(HttpResponse<String> answer) {
        return ((JsonArray) KeycloakTestClient.json(answer.body())).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("code")).toList();
    }

    @Test
    void employersReadThePublishedGuideWithoutLoginOnlyWhereTheRegionHasItOn() throws Exception {
        HttpResponse<String> lappi = publicPage("public/lappi/tyonantajaopas", "fi");
        assertEquals(200, lappi.statusCode());
        assertTrue(lappi.body().contains("Työhönvalmentaja työnantajan tukena") && lappi.body().contains("Palkkatuki"), lappi.body());
        assertFalse(lappi.body().contains("luonnos"), "a draft never reaches employers");

        HttpResponse<String> english = publicPage("public/lappi/tyonantajaopas?lang=en", "fi");
        assertTrue(english.body().contains("A job coach supports the employer"));
        assertTrue(english.body().contains("has not been translated yet"), "an untranslated section says so");

        HttpResponse<String> off = publicPage("public/keski-uusimaa/tyonantajaopas", "sv-FI,sv;q=0.9");
        assertEquals(404, off.statusCode());
        assertTrue(off.body().contains("Sidan hittades inte"), "the portal's own not-found page, in the visitor's language");
        assertEquals(404, publicPage("public/no-such-region/tyonantajaopas", "fi").statusCode());
    }

    @Test
    void readersSeePublishedSectionsTheLiaisonAlsoDraftsAndOtherRegionsAreNotFound() throws Exception {
        String professional = keycloak.userToken("lappi.professional", PASSWORD);
        HttpResponse<String> read = get("api/tenants/lappi/employer-guide", professional);
        assertEquals(200, read.statusCode(), read.body());
        assertFalse(codes(read).contains("luonnos-kokemuksia"));
        assertEquals("tyohonvalmennus", codes(read).get(0), "in guide order");

        String liaison = keycloak.userToken("lappi.employer-liaison", PASSWORD);
        assertTrue(codes(get("api/tenants/lappi/employer-guide", liaison)).contains("luonnos-kokemuksia"), "editors see drafts");

        String otherRegion = keycloak.userToken("keski-uusimaa.professional", PASSWORD);
        assertEquals(404, get("api/tenants/keski-uusimaa/employer-guide", otherRegion).statusCode(), "module off there");
        assertEquals(404, get("api/tenants/lappi/employer-guide", otherRegion).statusCode(), "not a member of Lapland");
    }

    @Test
    void onlyTheLiaisonWritesAndEveryProblemIsListed() throws Exception {
        String liaison = keycloak.userToken("lappi.employer-liaison", PASSWORD);
        String invalid = Json.createObjectBuilder().add("code", "tietosuoja").add("position", 7).add("published", true)
                .add("titleFi", "").add("bodyFi", "").build().toString();
        HttpResponse<String> refused = send("PUT", "api/tenants/lappi/employer-guide/tietosuoja", liaison, invalid);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("titleFi") && refused.body().contains("bodyFi"), refused.body());

        String valid = Json.createObjectBuilder().add("code", "tietosuoja").add("position", 7).add("published", true)
                .add("titleFi", "Terveystiedot ja tietosuoja").add("bodyFi", "Työnantaja ei saa kysyä diagnooseja.").build().toString();
        String professional = keycloak.userToken("lappi.professional", PASSWORD);
        assertEquals(403, send("PUT", "api/tenants/lappi/employer-guide/tietosuoja", professional, valid).statusCode());
        HttpResponse<String> saved = send("PUT", "api/tenants/lappi/employer-guide/tietosuoja", liaison, valid);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(publicPage("public/lappi/tyonantajaopas", "fi").body().contains("Terveystiedot ja tietosuoja"));
        // Kymenlaakso has the plugin on too, and its own empty guide: Lapland's section is not there
        assertFalse(publicPage("public/kymenlaakso/tyonantajaopas", "fi").body().contains("Terveystiedot ja tietosuoja"));
    }
}
