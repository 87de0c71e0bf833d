package fi.kykyverkko.kernel.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import fi.kykyverkko.kernel.security.KeycloakSettings;

/**
 * The few Keycloak Admin REST API calls the portal needs (groups, users, their group and realm-role memberships),
 * made with the portal client's own service account, which holds only realm-management's manage-users, view-users,
 * query-users and query-groups (the calls are listed in docs/identity.md). Nothing here may need manage-realm:
 * with it the secret would administer the realm (issue 17); that is why regions are groups, not Keycloak
 * Organizations, whose Admin API demands manage-realm for every call. Plain HTTP + JSON-P rather than keycloak-admin-client, whose
 * RESTEasy/Jackson stack would sit beside Payara's Jersey inside the WAR.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    KeycloakSettings settings;

    private volatile String token;
    private volatile Instant tokenExpires = Instant.EPOCH;

    /** Thrown when Keycloak refuses or cannot be reached; the message says which call and why. */
    public static class KeycloakException extends RuntimeException {
        public KeycloakException(String message) {
            super(message);
        }
    }

    /**
     * Direct members of a group (id, username, firstName, lastName, email). Needs view-users (or query-groups with
     * view rights on the members), never manage-realm.
     */
    public List<JsonObject> groupMembers(String groupId) {
        return ((JsonArray) call("GET", "/groups/" + groupId + "/members?briefRepresentation=true&first=0&max=10000", null, 200))
                .getValuesAs(JsonObject.class);
    }

    /** The top-level group with this name, created if missing; returns its id. */
    public String ensureGroup(String name) {
        for (JsonObject g : ((JsonArray) call("GET", "/groups?exact=true&search=" + enc(name), null, 200)).getValuesAs(JsonObject.class)) {
            if (name.equals(g.getString("name"))) {
                return g.getString("id");
            }
        }
        call("POST", "/groups", Json.createObjectBuilder().add("name", name).build(), 201);
        return ensureGroup(name);
    }

    /** The child group {@code name} under {@code parentId}, created if missing; returns its id. */
    public String ensureSubgroup(String parentId, String name) {
        for (JsonObject g : ((JsonArray) call("GET", "/groups/" + parentId + "/children?max=100", null, 200)).getValuesAs(JsonObject.class)) {
            if (name.equals(g.getString("name"))) {
                return g.getString("id");
            }
        }
        call("POST", "/groups/" + parentId + "/children", Json.createObjectBuilder().add("name", name).build(), 201);
        return ensureSubgroup(parentId, name);
    }

    public void joinGroup(String userId, String groupId) {
        call("PUT", "/users/" + userId + "/groups/" + groupId, null, 204);
    }

    public void leaveGroup(String userId, String groupId) {
        call("DELETE", "/users/" + userId + "/groups/" + groupId, null, 204);
    }

    public List<String> userGroupPaths(String userId) {
        return ((JsonArray) call("GET", "/users/" + userId + "/groups?max=1000&briefRepresentation=true", null, 200))
                .getValuesAs(JsonObject.class).stream().map(g -> g.getString("path")).toList();
    }

    public Optional<String> userIdByUsername(String username) {
        JsonArray found = (JsonArray) call("GET", "/users?exact=true&username=" + enc(username), null, 200);
        return found.getValuesAs(JsonObject.class).stream().map(u -> u.getString("id")).findFirst();
    }

    /**
     * Creates a user if none has this username. {@code password} may be null: the person then sets one through
     * Keycloak's required action on first login.
     */
    public String ensureUser(String username, String email, String firstName, String lastName, String password, String locale) {
        Optional<String> existing = userIdByUsername(username);
        if (existing.isPresent()) {
            return existing.get();
        }
        var user = Json.createObjectBuilder().add("username", username).add("email", email).add("emailVerified", true)
                .add("firstName", firstName).add("lastName", lastName).add("enabled", true)
                .add("attributes", Json.createObjectBuilder().add("locale", Json.createArrayBuilder().add(locale)));
        if (password != null) {
            user.add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("type", "password").add("value", password).add("temporary", false)));
        } else {
            user.add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"));
        }
        call("POST", "/users", user.build(), 201);
        return userIdByUsername(username).orElseThrow(() -> new KeycloakException("user " + username + " was not created"));
    }

    /**
     * Gives a user a realm role. The role is looked up among the roles this user may still be given (what
     * manage-users allows), not through {@code GET /roles/{name}}, which would need view-realm.
     */
    public void assignRealmRole(String userId, String role) {
        JsonObject representation = ((JsonArray) call("GET", "/users/" + userId + "/role-mappings/realm/available", null, 200))
                .getValuesAs(JsonObject.class).stream().filter(r -> role.equals(r.getString("name", ""))).findFirst()
                .orElse(null);
        if (representation == null) {
            return; // held already (or unknown, which the next call would not fix either)
        }
        call("POST", "/users/" + userId + "/role-mappings/realm", Json.createArrayBuilder().add(representation).build(), 204);
    }

    private JsonValue call(String method, String path, JsonValue body, int... expected) {
        String url = settings.adminUrl() + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = send(request.build(), method + " " + path);
        for (int ok : expected) {
            if (response.statusCode() == ok) {
                return response.body().isBlank() ? JsonValue.NULL : parse(response.body());
            }
        }
        throw new KeycloakException("Keycloak refused " + method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }

    private String token() {
        if (token != null && Instant.now().isBefore(tokenExpires)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + enc(settings.clientId()) + "&client_secret="
                + enc(settings.clientSecret());
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
                .timeout(Duration.ofSeconds(15)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "token");
        if (response.statusCode() != 200) {
            throw new KeycloakException("Keycloak refused the portal's service-account token: HTTP " + response.statusCode());
        }
        JsonObject answer = (JsonObject) parse(response.body());
        token = answer.getString("access_token");
        // renew a little before it runs out
        tokenExpires = Instant.now().plusSeconds(Math.max(10, answer.getInt("expires_in", 60) - 20));
        return token;
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new KeycloakException("Keycloak is not reachable (" + what + "): " + e);
        }
    }

    private static JsonStructure parse(String json) {
        return Json.createReader(new StringReader(json)).read();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
