package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestStack;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The portal from outside: home page, health, and the tenant API with real Keycloak tokens. */
class TenantApiIT extends PortalClientTest {

    @Test
    void readinessIsPublicWithoutDetailsWhichPlatformAdminsSee() throws Exception {
        HttpResponse<String> anonymous = get("/health/ready", null);
        assertEquals(200, anonymous.statusCode(), anonymous.body());
        JsonObject open = (JsonObject) KeycloakTestClient.json(anonymous.body());
        assertEquals("UP", open.getString("status"));
        for (JsonObject check : open.getJsonArray("checks").getValuesAs(JsonObject.class)) {
            // name and status only: no schema, version, address or reason for anyone who asks
            assertTrue(check.getJsonObject("data") == null || check.getJsonObject("data").isEmpty(), anonymous.body());
        }
        assertFalse(anonymous.body().contains("tenant_") || anonymous.body().contains("http") || anonymous.body().contains("jdbc"),
                anonymous.body());
        assertEquals(401, get("api/platform/health", null).statusCode());
        String notAdmin = new KeycloakTestClient().serviceToken("it-api-professional", "it-secret-1", "offline_access");
        assertEquals(403, get("api/platform/health", notAdmin).statusCode());

        String admin = new KeycloakTestClient().serviceToken("it-api-platform-admin", "it-secret-2", "platform-admin");
        HttpResponse<String> details = get("api/platform/health", admin);
        assertEquals(200, details.statusCode(), details.body());
        assertEquals("no-store", details.headers().firstValue("Cache-Control").orElse(""));
        JsonObject ready = (JsonObject) KeycloakTestClient.json(details.body());
        assertEquals("UP", ready.getString("status"));
        String all = ready.toString();
        for (String schema : List.of("tenant_kymenlaakso", "tenant_lappi", "tenant_keski_uusimaa", "tenant_etela_savo")) {
            // every installed module's migrations, in every region (plugins' too, where they are off), in the registry's
            // order (core first, then by menu order and id, so clients comes before kernel): checked by name, not place
            assertTrue(all.matches(".*\"" + schema + "\":\"up to date \\((?=[^)]*\\bkernel v4\\b)(?=[^)]*\\bnetworks v2\\b)"
                    + "(?=[^)]*\\bclients v4\\b)[a-z-]+ v\\d+(, [a-z-]+ v\\d+)*\\)\".*"), all);
        }
        assertTrue(all.contains("\"audit\":\"up to date\""), all); // the audit log's own schema, kyky_audit
        assertTrue(all.contains("\"keycloak\"") && all.contains(TestStack.keycloakUrl()), all);
        assertEquals(200, get("/health/live", null).statusCode());
    }

    @Test
    void thePortalSendsAnonymousVisitorsToKeycloakToLogIn() throws Exception {
        HttpResponse<String> home = get("", null);
        assertTrue(home.statusCode() == 302 || home.statusCode() == 303, "status " + home.statusCode());
        String location = home.headers().firstValue("Location").orElse("");
        assertTrue(location.startsWith(TestStack.keycloakUrl() + "/realms/kykyverkko/protocol/openid-connect/auth?"), location);
        assertTrue(location.contains("client_id=kykyverkko-portal"), location);
        // the redirect comes from the login mechanism, before any filter: it carries the headers all the same
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("object-src 'none'"));
        String session = home.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
        assertTrue(session.contains("HttpOnly") && session.contains("SameSite=Lax"), session);
        // static frontend files stay public, so the login page of the portal itself can load
        assertEquals(200, get("VAADIN/build/", null).statusCode() == 404 ? 200 : get("sw.js", null).statusCode());
    }

    @Test
    void theTenantApiWantsAPlatformAdminToken() throws Exception {
        HttpResponse<String> anonymous = get("api/platform/tenants", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals("nosniff", anonymous.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", anonymous.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-store", anonymous.headers().firstValue("Cache-Control").orElse(""));

        assertEquals(401, get("api/platform/tenants", "not-a-token").statusCode());

        // region roles are groups, never realm roles: a token with only Keycloak's own realm role is no platform admin
        String notAdmin = new KeycloakTestClient().serviceToken("it-api-professional", "it-secret-1", "offline_access");
        assertEquals(403, get("api/platform/tenants", notAdmin).statusCode());

        String admin = new KeycloakTestClient().serviceToken("it-api-platform-admin", "it-secret-2", "platform-admin");
        HttpResponse<String> list = get("api/platform/tenants", admin);
        assertEquals(200, list.statusCode(), list.body());
        List<String> ids = ((JsonArray) KeycloakTestClient.json(list.body())).getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("id")).toList();
        assertTrue(ids.containsAll(List.of("etela-savo", "keski-uusimaa", "kymenlaakso", "lappi")), ids.toString());
    }

    @Test
    void aPlatformAdminCreatesATenantAtRuntime() throws Exception {
        String admin = new KeycloakTestClient().serviceToken("it-api-platform-admin", "it-secret-2", "platform-admin");
        String id = "it-api-" + UUID.randomUUID().toString().substring(0, 8);
        String definition = """
                { "id": "%s", "names": {"fi": "Testialue", "sv": "Testområde", "en": "Test region"},
                  "organisation": "Testi", "municipalities": ["Testilä"], "modules": ["not-installed"],
                  "indicatorTargets": [ { "indicator": "activation-rate", "target": 50, "scale": "percent" } ] }""".formatted(id);

        HttpResponse<String> created = send("POST", "api/platform/tenants", admin, definition);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/platform/tenants/" + id));
        JsonObject body = (JsonObject) KeycloakTestClient.json(created.body());
        assertEquals("tenant_" + id.replace('-', '_'), body.getString("schema"));
        assertEquals("modules[0]", body.getJsonArray("warnings").getJsonObject(0).getString("field"));

        assertEquals(200, get("api/platform/tenants/" + id, admin).statusCode());
        assertEquals(409, send("POST", "api/platform/tenants", admin, definition).statusCode());
        // the new schema is migrated and counted by readiness at once, without a restart
        assertTrue(get("api/platform/health", admin).body().contains("tenant_" + id.replace('-', '_')));

        HttpResponse<String> invalid = send("POST", "api/platform/tenants", admin, definition.replace("\"Testilä\"", "").replace(id, "Bad Id"));
        assertEquals(400, invalid.statusCode());
        List<String> fields = ((JsonObject) KeycloakTestClient.json(invalid.body())).getJsonArray("problems")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("id", "municipalities")), fields.toString());
        assertEquals(404, get("api/platform/tenants/no-such-region", admin).statusCode());
    }
}
