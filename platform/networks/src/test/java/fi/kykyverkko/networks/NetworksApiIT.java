package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The networks REST API with real Keycloak user tokens: roles count per region, other regions are "not found". */
class NetworksApiIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    @Test
    void rolesCountInsideTheRegionAndOtherRegionsAreNotFound() throws Exception {
        assertEquals(401, send("GET", "api/tenants/lappi/services", null, null).statusCode());
        String member = keycloak.userToken("lappi.network-member", PASSWORD);
        HttpResponse<String> own = send("GET", "api/tenants/lappi/services", member, null);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(((JsonArray) KeycloakTestClient.json(own.body())).size() >= 25);
        assertEquals(404, send("GET", "api/tenants/kymenlaakso/services", member, null).statusCode());
        assertEquals(404, send("GET", "api/tenants/no-such-region/services", member, null).statusCode());
        assertEquals(404, send("GET", "api/tenants/kymenlaakso/organisations", member, null).statusCode());

        String kela = keycloak.userToken("kela.asiantuntija", PASSWORD);
        assertEquals(200, send("GET", "api/tenants/lappi/organisations", kela, null).statusCode());
        assertEquals(200, send("GET", "api/tenants/kymenlaakso/organisations", kela, null).statusCode());
        assertEquals(404, send("GET", "api/tenants/etela-savo/organisations", kela, null).statusCode());
    }

    @Test
    void writesAreValidatedAndLimitedToTheMembersOwnOrganisation() throws Exception {
        String member = keycloak.userToken("lappi.network-member", PASSWORD);
        JsonObject entry = (JsonObject) KeycloakTestClient.json(send("GET", "api/tenants/lappi/services/jarjesto-tyohonvalmennus", member, null).body());
        String bad = jakarta.json.Json.createObjectBuilder(entry).add("contactEmail", "not-an-address").build().toString();
        HttpResponse<String> invalid = send("PUT", "api/tenants/lappi/services/jarjesto-tyohonvalmennus", member, bad);
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("validation.email"), invalid.body());

        String changed = jakarta.json.Json.createObjectBuilder(entry).add("nameFi", entry.getString("nameFi") + " (API)").build().toString();
        HttpResponse<String> saved = send("PUT", "api/tenants/lappi/services/jarjesto-tyohonvalmennus", member, changed);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("(API)"));

        // someone else's entry: refused
        String kelaEntry = send("GET", "api/tenants/lappi/services/kela-kuntoutusraha", member, null).body();
        assertEquals(403, send("PUT", "api/tenants/lappi/services/kela-kuntoutusraha", member, kelaEntry).statusCode());
        // a manager reads but never writes
        String manager = keycloak.userToken("lappi.manager", PASSWORD);
        assertEquals(403, send("PUT", "api/tenants/lappi/services/kela-kuntoutusraha", manager, kelaEntry).statusCode());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> openapi = get("/openapi", null);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/tenants/{tenant}/services"), openapi.body().substring(0, Math.min(2000, openapi.body().length())));
    }
}
