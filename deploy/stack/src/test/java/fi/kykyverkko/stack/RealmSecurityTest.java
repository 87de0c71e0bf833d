package fi.kykyverkko.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped realm file holds no secret and no realm-administering role; the secret goes only into the import copy. */
class RealmSecurityTest {

    private static final Path REALM = Path.of("../keycloak/kykyverkko-realm.json");
    private static final String SECRET = "a-generated-secret-0123456789";

    @Test
    void theShippedRealmFileHoldsNoSecretAndNoPasswordGrant() throws Exception {
        String file = Files.readString(REALM);
        assertFalse(file.contains("\"secret\""), "a client secret is in the repository");
        assertFalse(file.contains("kykyverkko-dev-secret"));
        JsonObject realm = Json.createReader(new StringReader(file)).readObject();
        realm.getJsonArray("clients").getValuesAs(JsonObject.class).forEach(c ->
                assertFalse(c.getBoolean("directAccessGrantsEnabled", false), c.getString("clientId") + " allows the password grant"));
    }

    @Test
    void theServiceAccountGetsOnlyWhatProvisioningNeeds() {
        RealmSecurity security = RealmSecurity.read(REALM, EmbeddedKeycloak.PORTAL_CLIENT, SECRET);
        assertEquals(Set.of("manage-users", "view-users", "query-users", "query-groups"), security.serviceAccountRoles());
    }

    @Test
    void theImportCopyCarriesTheInstallationsSecret() {
        RealmSecurity security = RealmSecurity.read(REALM, EmbeddedKeycloak.PORTAL_CLIENT, SECRET);
        JsonObject copy = Json.createReader(new StringReader(security.realmWithSecret())).readObject();
        JsonObject portal = copy.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("clientId").equals(EmbeddedKeycloak.PORTAL_CLIENT)).findFirst().orElseThrow();
        assertEquals(SECRET, portal.getString("secret"));
        assertEquals(copy.getJsonArray("users"), security.realm().getJsonArray("users"), "nothing else changed");
    }

    @Test
    void theRealmSettingsCarryBruteForcePolicyAndEvents() {
        JsonObject settings = RealmSecurity.read(REALM, EmbeddedKeycloak.PORTAL_CLIENT, SECRET).realmSettings();
        assertTrue(settings.getBoolean("bruteForceProtected"));
        assertTrue(settings.getString("passwordPolicy").contains("length(12)"), settings.toString());
        assertTrue(settings.getBoolean("eventsEnabled"));
        assertTrue(settings.getBoolean("adminEventsEnabled"));
        assertEquals("7776000", settings.getJsonObject("attributes").getString("adminEventsExpiration"));
        assertFalse(settings.containsKey("clients"), "only the security fields");
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RealmSecurity.read(REALM, EmbeddedKeycloak.PORTAL_CLIENT, "short"));
    }
}
