package fi.kykyverkko.stack;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the realm file says about security, applied to a running realm through the Admin API on every start of the
 * embedded Keycloak (the file itself is imported once only): the portal client's secret (the installation's own, never
 * one in the repository) and grants, the realm-management roles of its service account (exactly those of the file,
 * so a realm imported with manage-realm loses it), brute-force protection, the password policy and the login and
 * admin event settings. The file stays the one place these values are written down.
 */
final class RealmSecurity {

    /** Realm fields copied from the file into the running realm. */
    static final List<String> REALM_FIELDS = List.of("bruteForceProtected", "permanentLockout", "failureFactor",
            "waitIncrementSeconds", "maxFailureWaitSeconds", "minimumQuickLoginWaitSeconds", "quickLoginCheckMilliSeconds",
            "maxDeltaTimeSeconds", "passwordPolicy", "eventsEnabled", "eventsExpiration", "adminEventsEnabled",
            "adminEventsDetailsEnabled", "organizationsEnabled");
    /** Realm attributes copied likewise (Keycloak keeps the admin events' expiry as an attribute). */
    static final List<String> REALM_ATTRIBUTES = List.of("adminEventsExpiration");
    /** Client fields of the portal's client copied from the file. */
    static final List<String> CLIENT_FIELDS = List.of("publicClient", "standardFlowEnabled", "implicitFlowEnabled",
            "directAccessGrantsEnabled", "serviceAccountsEnabled");
    static final String REALM_MANAGEMENT = "realm-management";

    private final JsonObject realm;
    private final String clientId;
    private final String secret;

    private RealmSecurity(JsonObject realm, String clientId, String secret) {
        this.realm = realm;
        this.clientId = clientId;
        this.secret = secret;
    }

    static RealmSecurity read(Path realmJson, String clientId, String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The portal's client secret must be at least 16 characters");
        }
        try {
            return of(Files.readString(realmJson), clientId, secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read realm " + realmJson, e);
        }
    }

    static RealmSecurity of(String realmJson, String clientId, String secret) {
        RealmSecurity security = new RealmSecurity(parse(realmJson).asJsonObject(), clientId, secret);
        security.client(); // fails early when the file has no such client
        return security;
    }

    /** The realm file with the secret set on the portal's client: what Keycloak imports on its first start. */
    String realmWithSecret() {
        JsonArrayBuilder clients = Json.createArrayBuilder();
        for (JsonObject c : realm.getJsonArray("clients").getValuesAs(JsonObject.class)) {
            clients.add(clientId.equals(c.getString("clientId", "")) ? Json.createObjectBuilder(c).add("secret", secret).build() : c);
        }
        return Json.createObjectBuilder(realm).add("clients", clients).build().toString();
    }

    /** The realm file as read. */
    JsonObject realm() {
        return realm;
    }

    /** The portal client's entry of the file. */
    JsonObject client() {
        return realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
                .filter(c -> clientId.equals(c.getString("clientId", ""))).findFirst()
                .orElseThrow(() -> new IllegalStateException("The realm file has no client " + clientId));
    }

    /** The realm-management roles the file gives the portal client's service account. */
    Set<String> serviceAccountRoles() {
        Set<String> roles = new LinkedHashSet<>();
        for (JsonObject user : realm.getJsonArray("users").getValuesAs(JsonObject.class)) {
            if (clientId.equals(user.getString("serviceAccountClientId", ""))) {
                JsonObject clientRoles = user.getJsonObject("clientRoles");
                if (clientRoles != null && clientRoles.containsKey(REALM_MANAGEMENT)) {
                    clientRoles.getJsonArray(REALM_MANAGEMENT).getValuesAs(JsonString.class).forEach(r -> roles.add(r.getString()));
                }
            }
        }
        return roles;
    }

    /** The partial realm representation of the file's security settings (Keycloak changes only the fields it carries). */
    JsonObject realmSettings() {
        JsonObjectBuilder settings = Json.createObjectBuilder();
        for (String field : REALM_FIELDS) {
            if (realm.containsKey(field)) {
                settings.add(field, realm.get(field));
            }
        }
        JsonObject attributes = realm.getJsonObject("attributes");
        if (attributes != null) {
            JsonObjectBuilder wanted = Json.createObjectBuilder();
            REALM_ATTRIBUTES.stream().filter(attributes::containsKey).forEach(a -> wanted.add(a, attributes.get(a)));
            settings.add("attributes", wanted);
        }
        return settings.build();
    }

    /** Applies the settings to the running realm at {@code adminRealmUrl} ({@code .../admin/realms/<realm>}). */
    void apply(HttpClient http, String adminRealmUrl, String bearer) throws IOException, InterruptedException {
        Admin admin = new Admin(http, adminRealmUrl, bearer);
        admin.send("PUT", "", realmSettings(), 204);

        JsonObject current = admin.only("/clients?clientId=" + enc(clientId));
        String id = current.getString("id");
        JsonObject full = admin.send("GET", "/clients/" + id, null, 200).asJsonObject();
        JsonObjectBuilder changed = Json.createObjectBuilder(full).add("secret", secret);
        JsonObject file = client();
        CLIENT_FIELDS.stream().filter(file::containsKey).forEach(f -> changed.add(f, file.get(f)));
        admin.send("PUT", "/clients/" + id, changed.build(), 204);

        String serviceAccount = admin.send("GET", "/clients/" + id + "/service-account-user", null, 200).asJsonObject().getString("id");
        String realmManagement = admin.only("/clients?clientId=" + REALM_MANAGEMENT).getString("id");
        String mappings = "/users/" + serviceAccount + "/role-mappings/clients/" + realmManagement;
        Set<String> wanted = serviceAccountRoles();
        JsonArrayBuilder extra = Json.createArrayBuilder();
        Set<String> held = new LinkedHashSet<>();
        for (JsonObject role : admin.send("GET", mappings, null, 200).asJsonArray().getValuesAs(JsonObject.class)) {
            held.add(role.getString("name"));
            if (!wanted.contains(role.getString("name"))) {
                extra.add(role);
            }
        }
        JsonArray remove = extra.build();
        if (!remove.isEmpty()) {
            admin.send("DELETE", mappings, remove, 204);
        }
        JsonArrayBuilder missing = Json.createArrayBuilder();
        boolean any = false;
        for (String role : wanted) {
            if (!held.contains(role)) {
                missing.add(admin.send("GET", "/clients/" + realmManagement + "/roles/" + enc(role), null, 200));
                any = true;
            }
        }
        if (any) {
            admin.send("POST", mappings, missing.build(), 204);
        }
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new StringReader(json)).readValue();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Admin API calls that fail with the call and Keycloak's answer. */
    private record Admin(HttpClient http, String base, String bearer) {

        JsonObject only(String path) throws IOException, InterruptedException {
            JsonArray found = send("GET", path, null, 200).asJsonArray();
            if (found.size() != 1) {
                throw new IllegalStateException("Keycloak: expected one answer to GET " + path + ", got " + found.size());
            }
            return found.getJsonObject(0);
        }

        JsonValue send(String method, String path, JsonValue body, int expected) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", bearer)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                // never the body we sent: it may carry the secret
                throw new IllegalStateException("Keycloak refused " + method + " " + path + ": HTTP " + response.statusCode()
                        + " " + response.body());
            }
            return response.body().isBlank() ? JsonValue.NULL : parse(response.body());
        }
    }
}
