package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import org.junit.jupiter.api.Test;

/**
 * The API takes only tokens meant for the portal (issue 17: a password-grant token of {@code admin-cli} listed the
 * platform's tenants). The same person, the same password, two clients: the one with the portal as audience passes.
 */
class ApiTokenIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";

    @Test
    void aTokenOfAnotherClientOfTheRealmIsRefused() throws Exception {
        KeycloakTestClient keycloak = new KeycloakTestClient();
        String meant = keycloak.userToken("lappi.professional", PASSWORD);
        String other = keycloak.adminCliToken("lappi.professional", PASSWORD);
        assertEquals(200, get("api/tenants/lappi/organisations", meant).statusCode());
        var refused = get("api/tenants/lappi/organisations", other);
        assertEquals(401, refused.statusCode(), "admin-cli's token names no portal audience");
        // in the API's JSON, never the server's HTML error page, and never cached
        assertEquals("application/json", refused.headers().firstValue("Content-Type").orElse(""));
        assertTrue(refused.body().contains("\"api.status.401\""), refused.body());
        assertTrue(refused.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertEquals(401, get("api/platform/tenants", other).statusCode(), "the probe's case: the platform's tenants");
        assertEquals(401, get("api/platform/tenants", null).statusCode());
    }
}
