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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal from outside: home page, health, and the tenant API with real Keycloak tokens. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantApiIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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
    void readinessNamesEveryTenantSchemaAndLivenessIsUp() throws Exception {
        JsonObject ready = (JsonObject) KeycloakTestClient.json(get("/health/ready", null).body());
        String all = ready.toString();
        for (String schema : List.of("tenant_kymenlaakso", "tenant_lappi", "tenant_keski_uusimaa", "tenant_etela_savo")) {
            assertTrue(all.contains("\"" + schema + "\":\"up to date (kernel v1, networks v1)\""), all);
        }
        assertTrue(all.contains("\"keycloak\""), all);
        assertEquals(200, get("/health/live", null).statusCode());
    }

    @Test
    void thePortalSendsAnonymousVisitorsToKeycloakToLogIn() throws Exception {
        HttpResponse<String> home = get(app(""), null);
        assertTrue(home.statusCode() == 302 || home.statusCode() == 303, "status " + home.statusCode());
        String location = home.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(TestStack.keycloakUrl() + "/realms/kykyverkko/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("client_id=kykyverkko-portal"), location);
        // static frontend files stay public, so the login page of the portal itself can load
        assertEquals(200, get(app("VAADIN/build/"), null).statusCode() == 404 ? 200 : get(app("sw.js"), null).statusCode());
    }

    @Test
    void theTenantApiWantsAPlatformAdminToken() throws Exception {
        HttpResponse<String> anonymous = get(app("api/platform/tenants"), null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("nosniff", anonymous.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", anonymous.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", anonymous.headers().firstValue("Cache-Control").orElse(""));

        assertEquals(401, get(app("api/platform/tenants"), "not-a-token").statusCode());

        // region roles are groups, never realm roles: a token with only Keycloak's own realm role is no platform admin
        String notAdmin = new KeycloakTestClient().serviceToken("it-professional", "it-secret-1", "offline_access");
        assertEquals(403, get(app("api/platform/tenants"), notAdmin).statusCode());

        String admin = new KeycloakTestClient().serviceToken("it-platform-admin", "it-secret-2", "platform-admin");
        HttpResponse<String> list = get(app("api/platform/tenants"), admin);
        assertEquals(200, list.statusCode(), list.body());
        List<String> ids = ((JsonArray) KeycloakTestClient.json(list.body())).getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id")).toList();
        assertTrue(ids.containsAll(List.of("etela-savo", "keski-uusimaa", "kymenlaakso", "lappi")), ids.toString());
    }

    @Test
    void aPlatformAdminCreatesATenantAtRuntime() throws Exception {
        String admin = new KeycloakTestClient().serviceToken("it-platform-admin", "it-secret-2", "platform-admin");
        String id = "it-api-" + UUID.randomUUID().toString().substring(0, 8);
        String definition = """
                { "id": "%s", "names": {"fi": "Testialue", "sv": "Testområde", "en": "Test region"},
                  "organisation": "Testi", "municipalities": ["Testilä"], "modules": ["not-installed"],
                  "indicatorTargets": [ { "indicator": "activation-rate", "target": 50, "scale": "percent" } ] }""".formatted(id);

        HttpResponse<String> created = post(app("api/platform/tenants"), admin, definition);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/platform/tenants/" + id));
        JsonObject body = (JsonObject) KeycloakTestClient.json(created.body());
        assertEquals("tenant_" + id.replace('-', '_'), body.getString("schema"));
        assertEquals("modules[0]", body.getJsonArray("warnings").getJsonObject(0).getString("field"));

        assertEquals(200, get(app("api/platform/tenants/" + id), admin).statusCode());
        assertEquals(409, post(app("api/platform/tenants"), admin, definition).statusCode());
        // the new schema is migrated and counted by readiness at once, without a restart
        assertTrue(get("/health/ready", null).body().contains("tenant_" + id.replace('-', '_')));

        HttpResponse<String> invalid = post(app("api/platform/tenants"), admin, definition.replace("\"Testilä\"", "").replace(id, "Bad Id"));
        assertEquals(400, invalid.statusCode());
        List<String> fields = ((JsonObject) KeycloakTestClient.json(invalid.body())).getJsonArray("problems")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("id", "municipalities")), fields.toString());
        assertEquals(404, get(app("api/platform/tenants/no-such-region"), admin).statusCode());
    }

    private String app(String path) {
        return base.toString() + path;
    }

    private HttpResponse<String> get(String pathOrUrl, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String token, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + pathOrUrl);
    }
}
