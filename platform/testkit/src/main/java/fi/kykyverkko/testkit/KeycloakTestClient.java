package fi.kykyverkko.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to the test stack's real Keycloak over its standard endpoints (token, Admin REST API). */
public final class KeycloakTestClient {

    private static final String REALM = "kykyverkko";

    /** What an integration client needs for the API to take its tokens: the portal's client as their audience. */
    private static final JsonObject PORTAL_AUDIENCE = Json.createObjectBuilder().add("name", "portal audience")
            .add("protocol", "openid-connect").add("protocolMapper", "oidc-audience-mapper")
            .add("config", Json.createObjectBuilder().add("included.client.audience", "kykyverkko-portal")
                    .add("access.token.claim", "true").add("introspection.token.claim", "true")).build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = TestStack.keycloakUrl();

    /** Ensures a confidential client with a service account holding {@code realmRoles} and returns a token for it. */
    public String serviceToken(String clientId, String secret, String... realmRoles) throws IOException, InterruptedException {
        String admin = token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", TestStack.adminPassword()));
        String clients = base + "/admin/realms/" + REALM + "/clients";
        JsonArray found = (JsonArray) json(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))
                .header("Authorization", "Bearer " + admin).GET(), 200));
        if (found.isEmpty()) {
            String client = Json.createObjectBuilder().add("clientId", clientId).add("secret", secret)
                    .add("publicClient", false).add("serviceAccountsEnabled", true)
                    .add("standardFlowEnabled", false).add("directAccessGrantsEnabled", false)
                    .add("protocolMappers", Json.createArrayBuilder().add(PORTAL_AUDIENCE)).build().toString();
            send(HttpRequest.newBuilder(URI.create(clients)).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(client)), 201);
            found = (JsonArray) json(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))
                    .header("Authorization", "Bearer " + admin).GET(), 200));
            String uuid = found.getJsonObject(0).getString("id");
            JsonObject user = (JsonObject) json(send(HttpRequest.newBuilder(URI.create(clients + "/" + uuid + "/service-account-user"))
                    .header("Authorization", "Bearer " + admin).GET(), 200));
            var roles = Json.createArrayBuilder();
            for (String role : realmRoles) {
                roles.add(json(send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + "/roles/" + role))
                        .header("Authorization", "Bearer " + admin).GET(), 200)));
            }
            send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + "/users/" + user.getString("id") + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(roles.build().toString())), 204);
        }
        return token(REALM, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /**
     * A user's access token by the password grant, from a test client that maps the region role groups into
     * {@code tenant_roles} as the portal's own client does.
     */
    public String userToken(String username, String password) throws IOException, InterruptedException {
        String admin = token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", TestStack.adminPassword()));
        String clients = base + "/admin/realms/" + REALM + "/clients";
        String clientId = "it-direct-portal"; // with the portal audience (an older "it-direct" had none)
        JsonArray found = (JsonArray) json(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))
                .header("Authorization", "Bearer " + admin).GET(), 200));
        if (found.isEmpty()) {
            String client = Json.createObjectBuilder().add("clientId", clientId).add("secret", "it-direct-secret")
                    .add("publicClient", false).add("standardFlowEnabled", false).add("directAccessGrantsEnabled", true)
                    .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("name", "tenant roles").add("protocol", "openid-connect").add("protocolMapper", "oidc-group-membership-mapper")
                            .add("config", Json.createObjectBuilder().add("claim.name", "tenant_roles").add("full.path", "true")
                                    .add("access.token.claim", "true").add("introspection.token.claim", "true")))
                            .add(PORTAL_AUDIENCE))
                    .build().toString();
            send(HttpRequest.newBuilder(URI.create(clients)).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(client)), 201);
        }
        return token(REALM, Map.of("grant_type", "password", "client_id", clientId, "client_secret", "it-direct-secret",
                "username", username, "password", password, "scope", "openid"));
    }

    /**
     * The token of a test person {@code username} who holds {@code roles} in {@code region} (the groups
     * {@code /tenants/<region>/<role>}, which the portal makes for every region, also one made at runtime); the person
     * is made when missing. For tests that need someone in a region of their own.
     */
    public String regionPersonToken(String username, String password, String region, String... roles) throws IOException, InterruptedException {
        String admin = token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", TestStack.adminPassword()));
        String users = base + "/admin/realms/" + REALM + "/users";
        JsonArray found = (JsonArray) json(send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin).GET(), 200));
        if (found.isEmpty()) {
            String person = Json.createObjectBuilder().add("username", username).add("enabled", true)
                    .add("firstName", "Testi").add("lastName", "Henkilö").add("email", username + "@example.invalid").add("emailVerified", true)
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("type", "password").add("value", password).add("temporary", false))).build().toString();
            send(HttpRequest.newBuilder(URI.create(users)).header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(person)), 201);
            found = (JsonArray) json(send(HttpRequest.newBuilder(URI.create(users + "?exact=true&username="
                    + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin).GET(), 200));
        }
        String id = found.getJsonObject(0).getString("id");
        for (String role : roles) {
            // a region made a moment ago may still be getting its groups
            HttpRequest byPath = HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + "/group-by-path/tenants/"
                    + region + "/" + role)).header("Authorization", "Bearer " + admin).GET().build();
            HttpResponse<String> answer = http.send(byPath, HttpResponse.BodyHandlers.ofString());
            for (int wait = 0; answer.statusCode() == 404 && wait < 30; wait++) {
                Thread.sleep(1000);
                answer = http.send(byPath, HttpResponse.BodyHandlers.ofString());
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("no group /tenants/" + region + "/" + role + ": " + answer.statusCode() + " " + answer.body());
            }
            JsonObject group = (JsonObject) json(answer.body());
            send(HttpRequest.newBuilder(URI.create(users + "/" + id + "/groups/" + group.getString("id")))
                    .header("Authorization", "Bearer " + admin).PUT(HttpRequest.BodyPublishers.noBody()), 204);
        }
        return userToken(username, password);
    }

    /** A user's token from Keycloak's own public {@code admin-cli} client of the realm: one the API must refuse. */
    public String adminCliToken(String username, String password) throws IOException, InterruptedException {
        return token(REALM, Map.of("grant_type", "password", "client_id", "admin-cli", "username", username, "password", password));
    }

    /** The token endpoint's whole answer to a client-credentials grant (for tests of what a secret may still do). */
    public HttpResponse<String> clientCredentials(String clientId, String secret) throws IOException, InterruptedException {
        String body = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(base + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A call to the realm's Admin API ({@code path} below {@code /admin/realms/kykyverkko}) with {@code bearer}'s
     * token, or the master realm admin's when {@code bearer} is null; the answer as it came.
     */
    public HttpResponse<String> admin(String bearer, String method, String path, String jsonBody) throws IOException, InterruptedException {
        String token = bearer != null ? bearer : token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", TestStack.adminPassword()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token)
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String realm, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = send(HttpRequest.newBuilder(URI.create(base + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)), 200);
        return ((JsonObject) json(answer)).getString("access_token");
    }

    private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri()
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    public static JsonStructure json(String text) {
        return Json.createReader(new StringReader(text)).read();
    }
}
