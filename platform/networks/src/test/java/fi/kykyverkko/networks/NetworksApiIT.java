package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The networks REST API with real Keycloak user tokens: roles count per region, other regions are "not found". */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworksApiIT {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private final HttpClient http = HttpClient.newHttpClient();
    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void portalIsReady() throws Exception {
        PortalDeployment.awaitReady(base);
    }

    @Test
    void rolesCountInsideTheRegionAndOtherRegionsAreNotFound() throws Exception {
        assertEquals(401, call("GET", "api/tenants/lappi/services", null, null).statusCode());
        String member = keycloak.userToken("lappi.network-member", PASSWORD);
        HttpResponse<String> own = call("GET", "api/tenants/lappi/services", member, null);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(((JsonArray) KeycloakTestClient.json(own.body())).size() >= 25);
        assertEquals(404, call("GET", "api/tenants/kymenlaakso/services", member, null).statusCode());
        assertEquals(404, call("GET", "api/tenants/no-such-region/services", member, null).statusCode());
        assertEquals(404, call("GET", "api/tenants/kymenlaakso/organisations", member, null).statusCode());

        String kela = keycloak.userToken("kela.asiantuntija", PASSWORD);
        assertEquals(200, call("GET", "api/tenants/lappi/organisations", kela, null).statusCode());
        assertEquals(200, call("GET", "api/tenants/kymenlaakso/organisations", kela, null).statusCode());
        assertEquals(404, call("GET", "api/tenants/etela-savo/organisations", kela, null).statusCode());
    }

    @Test
    void writesAreValidatedAndLimitedToTheMembersOwnOrganisation() throws Exception {
        String member = keycloak.userToken("lappi.network-member", PASSWORD);
        JsonObject entry = (JsonObject) KeycloakTestClient.json(call("GET", "api/tenants/lappi/services/jarjesto-tyohonvalmennus", member, null).body());
        String bad = jakarta.json.Json.createObjectBuilder(entry).add("contactEmail", "not-an-address").build().toString();
        HttpResponse<String> invalid = call("PUT", "api/tenants/lappi/services/jarjesto-tyohonvalmennus", member, bad);
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("networks.validation.email"), invalid.body());

        String changed = jakarta.json.Json.createObjectBuilder(entry).add("nameFi", entry.getString("nameFi") + " (API)").build().toString();
        HttpResponse<String> saved = call("PUT", "api/tenants/lappi/services/jarjesto-tyohonvalmennus", member, changed);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("(API)"));

        // someone else's entry: refused
        String kelaEntry = call("GET", "api/tenants/lappi/services/kela-kuntoutusraha", member, null).body();
        assertEquals(403, call("PUT", "api/tenants/lappi/services/kela-kuntoutusraha", member, kelaEntry).statusCode());
        // a manager reads but never writes
        String manager = keycloak.userToken("lappi.manager", PASSWORD);
        assertEquals(403, call("PUT", "api/tenants/lappi/services/kela-kuntoutusraha", manager, kelaEntry).statusCode());
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + base.getPort() + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/tenants/{tenant}/services"), openapi.body().substring(0, Math.min(2000, openapi.body().length())));
    }

    private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
