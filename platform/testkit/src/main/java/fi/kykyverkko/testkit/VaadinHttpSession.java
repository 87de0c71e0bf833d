package fi.kykyverkko.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person in the portal without a browser: logs in through the real Keycloak login page (username and password
 * on one page) over plain HTTP, then drives one Vaadin UI with the same round trips the Flow client makes
 * ({@code ?v-r=init}, then UIDL requests with the CSRF token, sync id and client id). What a view renders arrives as the
 * UIDL's changes, so the texts a person would see can be read without Chromium: thousands of views a minute.
 *
 * <p>Keycloak's cookies are marked Secure even on http://localhost; the JDK's cookie manager would not send them back
 * over http, so this keeps its own jar (by host, which is enough for a portal and a Keycloak on two hosts).
 */
public final class VaadinHttpSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final String UIDL_PREFIX = "for(;;);";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    private final String base;
    private final String username;
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;

    private VaadinHttpSession(String base, String username) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.username = username;
    }

    /**
     * Logs {@code username} in at the portal whose application root is {@code base} (e.g.
     * {@code http://127.0.0.1:8080/kykyverkko/}), starting from {@code location}, and opens a UI there.
     */
    public static VaadinHttpSession login(String base, String location, String username, String password)
            throws IOException, InterruptedException {
        VaadinHttpSession session = new VaadinHttpSession(base, username);
        HttpResponse<String> page = session.follow(session.base + location, null);
        page = session.follow(session.formAction(page), Map.of("username", username, "password", password));
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(session.base)) {
            throw new IllegalStateException(username + " did not get back to the portal after the login: "
                    + page.statusCode() + " " + page.uri());
        }
        session.openUi(location);
        return session;
    }

    public String username() {
        return username;
    }

    /** Opens a new UI at {@code location}, as a new browser tab would. */
    public void openUi(String location) throws IOException, InterruptedException {
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query=")).GET());
        if (init.statusCode() != 200) {
            throw new IllegalStateException("Vaadin init for " + username + " answered " + init.statusCode());
        }
        JsonObject config = read(init.body()).asJsonObject().getJsonObject("appConfig");
        JsonObject uidl = config.getJsonObject("uidl");
        uiId = config.getInt("v-uiId");
        csrfToken = uidl.getString("Vaadin-Security-Key");
        syncId = uidl.getInt("syncId");
        clientId = 0;
    }

    /** Navigates the UI to {@code route} (no leading slash, e.g. {@code lappi/networks/groups}), as a link click does. */
    public Uidl navigate(String route) throws IOException, InterruptedException {
        JsonObject data = Json.createObjectBuilder().add("route", route).add("query", "").add("appShellTitle", "")
                .add("historyState", Json.createObjectBuilder().add("idx", 0)).add("trigger", "").build();
        return rpc(Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "event").add("node", 1)
                .add("event", "ui-navigate").add("data", data)).build());
    }

    /** One UIDL round trip carrying {@code invocations}; returns what the server changed. */
    public Uidl rpc(JsonArray invocations) throws IOException, InterruptedException {
        String body = Json.createObjectBuilder().add("csrfToken", csrfToken).add("rpc", invocations)
                .add("syncId", syncId).add("clientId", clientId).build().toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String text = response.body();
        if (response.statusCode() != 200 || !text.startsWith(UIDL_PREFIX)) {
            throw new IllegalStateException("UIDL request of " + username + " answered " + response.statusCode() + ": "
                    + text.substring(0, Math.min(300, text.length())));
        }
        JsonObject answer = read(text.substring(UIDL_PREFIX.length())).asJsonArray().getJsonObject(0);
        syncId = answer.getInt("syncId", syncId);
        clientId = answer.getInt("clientId", clientId + 1);
        return new Uidl(text, answer);
    }

    /** A GET with this person's portal cookies, redirects not followed. */
    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** One UIDL answer: its raw text and the string values it sets (texts, attributes, class names). */
    public record Uidl(String raw, JsonObject answer) {

        /** Every string value of the changes, in order. */
        public List<String> values() {
            List<String> values = new ArrayList<>();
            JsonArray changes = answer.getJsonArray("changes");
            if (changes != null) {
                for (JsonValue change : changes) {
                    JsonValue value = change.asJsonObject().get("value");
                    if (value instanceof JsonString s) {
                        values.add(s.getString());
                    }
                }
            }
            return values;
        }

        /** Whether the server says the session has expired or the UI is gone (then the answer shows nothing). */
        public boolean sessionLost() {
            JsonObject meta = answer.getJsonObject("meta");
            return meta != null && (meta.containsKey("sessionExpired") || meta.containsKey("appError"));
        }
    }

    private String formAction(HttpResponse<String> page) {
        Matcher m = LOGIN_FORM.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no Keycloak login form for " + username + " at " + page.uri() + " ("
                    + page.statusCode() + ")");
        }
        return m.group(1).replace("&amp;", "&");
    }

    /** GET (or POST the form) and follow redirects across the portal and Keycloak. */
    private HttpResponse<String> follow(String url, Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (form != null) {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = send(request);
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        String host = built.uri().getHost();
        Map<String, String> jar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
        HttpRequest withCookies = jar.isEmpty() ? built : HttpRequest.newBuilder(built, (n, v) -> true)
                .header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; "))).build();
        HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                jar.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private static JsonValue read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
