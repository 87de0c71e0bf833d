package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "identity and exposure": the realm as the portal's Keycloak really runs it, read through the Admin API.
 * The shipped secret opens nothing; the portal's service account can do what provisioning does (groups, users, their
 * memberships) and nothing that administers the realm; brute-force protection, the password policy and the login and
 * admin events are on; the portal client has no password grant.
 */
class RealmSecurityIT extends PortalClientTest {

    /** The secret that was in the repository's realm file until issue 17. */
    private static final String SHIPPED_SECRET = "kykyverkko-dev-secret";
    private static final String PORTAL = "kykyverkko-portal";
    /** Exactly what provisioning needs (KeycloakAdmin's calls, docs/identity.md). */
    private static final Set<String> PROVISIONING_ROLES = Set.of("manage-users", "view-users", "query-users", "query-groups");

    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    @Test
    void theShippedSecretOpensNothingAndTheInstallationsOwnWorks() throws Exception {
        HttpResponse<String> shipped = keycloak.clientCredentials(PORTAL, SHIPPED_SECRET);
        assertEquals(401, shipped.statusCode(), "the repository's secret still gets a token: " + shipped.body());
        String own = TestStack.portalClientSecret();
        assertNotEquals(SHIPPED_SECRET, own);
        assertEquals(200, keycloak.clientCredentials(PORTAL, own).statusCode());
    }

    @Test
    void theServiceAccountCanProvisionButNotAdministerTheRealm() throws Exception {
        String token = serviceAccountToken();

        // what provisioning does: groups, users, memberships (KeycloakAdmin)
        String name = "it-realm-security-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> group = keycloak.admin(token, "POST", "/groups", Json.createObjectBuilder().add("name", name).build().toString());
        assertEquals(201, group.statusCode(), group.body());
        String groupId = group.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertEquals(201, keycloak.admin(token, "POST", "/groups/" + groupId + "/children", "{\"name\":\"professional\"}").statusCode());
        HttpResponse<String> user = keycloak.admin(token, "POST", "/users", Json.createObjectBuilder().add("username", name)
                .add("email", name + "@example.invalid").add("enabled", true).build().toString());
        assertEquals(201, user.statusCode(), user.body());
        String userId = user.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertEquals(204, keycloak.admin(token, "PUT", "/users/" + userId + "/groups/" + groupId, null).statusCode());
        assertEquals(200, keycloak.admin(token, "GET", "/groups/" + groupId + "/members", null).statusCode());
        assertEquals(200, keycloak.admin(token, "GET", "/users?exact=true&username=lappi.professional", null).statusCode());
        HttpResponse<String> available = keycloak.admin(token, "GET", "/users/" + userId + "/role-mappings/realm/available", null);
        assertEquals(200, available.statusCode());
        assertTrue(available.body().contains("\"platform-admin\""), available.body());

        // what administers the realm: refused
        assertEquals(403, keycloak.admin(token, "POST", "/roles", "{\"name\":\"" + name + "\"}").statusCode(), "create a realm role");
        assertEquals(403, keycloak.admin(token, "PUT", "", "{\"bruteForceProtected\":false}").statusCode(), "change realm settings");
        assertEquals(403, keycloak.admin(token, "POST", "/clients", "{\"clientId\":\"" + name + "\"}").statusCode(), "create a client");
        assertEquals(403, keycloak.admin(token, "GET", "/clients", null).statusCode(), "read clients (and their secrets)");
        assertEquals(403, keycloak.admin(token, "GET", "/organizations", null).statusCode(), "organizations need manage-realm");
        assertEquals(403, keycloak.admin(token, "GET", "/events", null).statusCode(), "read login events");
        // nor give itself more: a realm-management role it does not hold
        JsonObject me = (JsonObject) KeycloakTestClient.json(keycloak.admin(null, "GET", "/clients/" + portalClientUuid()
                + "/service-account-user", null).body());
        String realmManagement = clientUuid("realm-management");
        String manageRealm = keycloak.admin(null, "GET", "/clients/" + realmManagement + "/roles/manage-realm", null).body();
        int escalation = keycloak.admin(token, "POST", "/users/" + me.getString("id") + "/role-mappings/clients/" + realmManagement,
                "[" + manageRealm + "]").statusCode();
        assertEquals(403, escalation, "the service account gave itself manage-realm");

        // and it holds exactly the provisioning roles
        JsonArray held = (JsonArray) KeycloakTestClient.json(keycloak.admin(null, "GET", "/users/" + me.getString("id")
                + "/role-mappings/clients/" + realmManagement, null).body());
        Set<String> names = new TreeSet<>();
        held.getValuesAs(JsonObject.class).forEach(r -> names.add(r.getString("name")));
        assertEquals(new TreeSet<>(PROVISIONING_ROLES), names);

        assertEquals(204, keycloak.admin(token, "DELETE", "/users/" + userId, null).statusCode());
        assertEquals(204, keycloak.admin(token, "DELETE", "/groups/" + groupId, null).statusCode());
    }

    @Test
    void bruteForceProtectionPasswordPolicyAndEventsAreOn() throws Exception {
        JsonObject realm = (JsonObject) KeycloakTestClient.json(keycloak.admin(null, "GET", "", null).body());
        assertTrue(realm.getBoolean("bruteForceProtected", false), "brute-force protection off");
        assertTrue(realm.getInt("failureFactor", 0) > 0 && realm.getInt("failureFactor") <= 10, realm.toString());
        String policy = realm.getString("passwordPolicy", "");
        Matcher length = Pattern.compile("length\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find() && Integer.parseInt(length.group(1)) >= 12, "password policy without length ≥ 12: " + policy);
        assertTrue(policy.contains("notUsername"), policy);
        assertTrue(realm.getBoolean("eventsEnabled", false), "login events off");
        assertTrue(realm.getJsonNumber("eventsExpiration") != null && realm.getJsonNumber("eventsExpiration").longValue() > 0,
                "login events kept for ever: " + realm.get("eventsExpiration"));
        assertTrue(realm.getBoolean("adminEventsEnabled", false), "admin events off");
        assertTrue(Long.parseLong(realm.getJsonObject("attributes").getString("adminEventsExpiration", "0")) > 0,
                "admin events kept for ever");

        // the policy is enforced: a short password is refused, the demo password is long enough (its people log in)
        String name = "it-policy-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> weak = keycloak.admin(null, "POST", "/users", Json.createObjectBuilder().add("username", name)
                .add("enabled", true).add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", "Lyhyt-1").add("temporary", false))).build().toString());
        assertEquals(400, weak.statusCode(), "a 7-character password was accepted: " + weak.body());
        keycloak.userToken("lappi.professional", "Kykyverkko-demo-2026");

        // and the events are written: the login just made, and the admin calls of provisioning
        HttpResponse<String> logins = keycloak.admin(null, "GET", "/events?type=LOGIN&max=50", null);
        assertTrue(logins.body().contains("\"type\":\"LOGIN\""), "no login event recorded: " + logins.body());
        HttpResponse<String> adminEvents = keycloak.admin(null, "GET", "/admin-events?max=5", null);
        assertFalse(((JsonArray) KeycloakTestClient.json(adminEvents.body())).isEmpty(), "no admin event recorded");
    }

    @Test
    void thePortalClientHasNoPasswordGrant() throws Exception {
        JsonObject client = (JsonObject) KeycloakTestClient.json(keycloak.admin(null, "GET", "/clients/" + portalClientUuid(), null).body());
        assertFalse(client.getBoolean("directAccessGrantsEnabled", true), "the portal client allows the password grant");
        assertFalse(client.getBoolean("implicitFlowEnabled", true), "the portal client allows the implicit flow");
        assertFalse(client.getBoolean("publicClient", true));
    }

    private String serviceAccountToken() throws Exception {
        HttpResponse<String> answer = keycloak.clientCredentials(PORTAL, TestStack.portalClientSecret());
        assertEquals(200, answer.statusCode(), answer.body());
        return ((JsonObject) KeycloakTestClient.json(answer.body())).getString("access_token");
    }

    private String portalClientUuid() throws Exception {
        return clientUuid(PORTAL);
    }

    private String clientUuid(String clientId) throws Exception {
        JsonArray found = (JsonArray) KeycloakTestClient.json(keycloak.admin(null, "GET", "/clients?clientId=" + clientId, null).body());
        return found.getJsonObject(0).getString("id");
    }
}
