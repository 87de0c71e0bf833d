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
    /** Flow's feature number of an element's property map (NodeFeatureRegistry), used if the server never put a value. */
    private static final int ELEMENT_PROPERTIES = 1;

    /** The click event's data the Flow client sends (ClickEvent reads these); a click without a pointer has zeros. */
    private static final JsonObject CLICK_DATA = Json.createObjectBuilder().add("event.screenX", 0).add("event.screenY", 0)
            .add("event.clientX", 0).add("event.clientY", 0).add("event.detail", 1).add("event.button", 0)
            .add("event.ctrlKey", false).add("event.shiftKey", false).add("event.altKey", false).add("event.metaKey", false)
            .build();

    private final HttpClient http;
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    private final UiTree tree = new UiTree();
    private final String base;
    private final String username;
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;

    private VaadinHttpSession(String base, String username, HttpClient http) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        this.username = username;
    }

    /**
     * Logs {@code username} in at the portal whose application root is {@code base} (e.g.
     * {@code http://127.0.0.1:8080/kykyverkko/}), starting from {@code location}, and opens a UI there.
     */
    public static VaadinHttpSession login(String base, String location, String username, String password)
            throws IOException, InterruptedException {
        return login(base, location, username, password, newClient());
    }

    /**
     * As {@link #login(String, String, String, String)}, over {@code http}: many people can share one client (its
     * connections), since each keeps its own cookies. The client must not follow redirects nor keep cookies itself.
     */
    public static VaadinHttpSession login(String base, String location, String username, String password, HttpClient http)
            throws IOException, InterruptedException {
        VaadinHttpSession session = new VaadinHttpSession(base, username, http);
        HttpResponse<String> page = session.follow(session.base + location, null);
        page = session.follow(session.formAction(page), Map.of("username", username, "password", password));
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(session.base)) {
            throw new IllegalStateException(username + " did not get back to the portal after the login: "
                    + page.statusCode() + " " + page.uri());
        }
        session.openUi(location);
        return session;
    }

    /** An HTTP client as this class needs it: HTTP/1.1, redirects not followed, no cookie handler. */
    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String username() {
        return username;
    }

    /** The UI's state as the UIDL answers so far have built it. */
    public UiTree tree() {
        return tree;
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
        tree.apply(uidl);
    }

    /** Navigates the UI to {@code route} (no leading slash, e.g. {@code lappi/networks/groups}), as a link click does. */
    public Uidl navigate(String route) throws IOException, InterruptedException {
        return navigate(route, "");
    }

    /** Navigates to {@code route} with a query string ({@code a=b&c=d}, without "?"; empty: none). */
    public Uidl navigate(String route, String query) throws IOException, InterruptedException {
        JsonObject data = Json.createObjectBuilder().add("route", route).add("query", query).add("appShellTitle", "")
                .add("historyState", Json.createObjectBuilder().add("idx", 0)).add("trigger", "").build();
        return rpc(Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "event").add("node", 1)
                .add("event", "ui-navigate").add("data", data)).build());
    }

    /** Clicks the element whose id is {@code elementId} (a button's click listener runs); fails if the UI has none. */
    public Uidl click(String elementId) throws IOException, InterruptedException {
        return click(element(elementId).id());
    }

    /** Clicks state node {@code node}, as the Flow client reports a DOM click. */
    public Uidl click(int node) throws IOException, InterruptedException {
        return rpc(Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "event").add("node", node)
                .add("event", "click").add("data", CLICK_DATA)).build());
    }

    /**
     * Sets the value of the field whose id is {@code elementId}, as typing and leaving it does: the property sync of
     * {@code value} and the field's {@code change} event in one round trip.
     */
    public Uidl setValue(String elementId, String value) throws IOException, InterruptedException {
        UiTree.Node field = element(elementId);
        int feature = field.feature("value") >= 0 ? field.feature("value") : ELEMENT_PROPERTIES;
        return rpc(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("type", "mSync").add("node", field.id()).add("feature", feature)
                        .add("property", "value").add("value", value))
                .add(Json.createObjectBuilder().add("type", "event").add("node", field.id()).add("event", "change")
                        .add("data", Json.createObjectBuilder()))
                .build());
    }

    /** The element whose id is {@code elementId} in the UI as it is now. */
    public UiTree.Node element(String elementId) {
        return tree.byElementId(elementId).orElseThrow(() -> new IllegalStateException(
                "no element with id " + elementId + " in the UI of " + username + " (" + tree.size() + " nodes)"));
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
        tree.apply(answer);
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
        // Keycloak's action is absolute; a relative one is resolved as a browser does
        return page.uri().resolve(m.group(1).replace("&amp;", "&")).toString();
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
