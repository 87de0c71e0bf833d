package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestStack;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Keycloak's login pages as the portal's visitors meet them, in the portal's login theme: accessible, in one
 * language from the first page to the last, and in the look of the region a link came from.
 */
class LoginPagesIT extends PortalClientTest {

    /** Someone whose Keycloak account says Finnish, as every person the portal creates (DemoUsers, TenantMembers). */
    private static final String PERSON = "kymenlaakso.professional";

    /** What Keycloak's and the theme's messages say on each page, per language. */
    private static final Map<String, List<String>> TEXTS = Map.of(
            "fi", List.of("Kirjaudu sisään", "Salasana", "Näytä salasana", "Virheellinen käyttäjätunnus tai salasana."),
            "sv", List.of("Logga in till ditt konto", "Lösenord", "Visa lösenord", "Ogiltigt användarnamn eller lösenord."),
            "en", List.of("Sign in to your account", "Password", "Show password", "Invalid username or password."));

    @ParameterizedTest
    @ValueSource(strings = {"fi", "en"})
    void theUsernamePasswordAndFailedLoginPagesHaveNoAccessibilityViolationsOfAnyImpact(String language) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(language)) {
            problems.addAll(browser.accessibilityProblems(language + " username page", portal(""), By.id("username")));
            toPasswordPage(browser, PERSON);
            problems.addAll(browser.accessibilityProblems(language + " password page"));
            failLogin(browser);
            problems.addAll(browser.accessibilityProblems(language + " failed login page"));
            logIn(browser); // a successful login clears the failure count brute-force protection keeps
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sv", "fi"})
    void theWholeLoginSpeaksTheBrowsersLanguageAlsoToAPersonWhoseAccountSaysFinnish(String language) throws Exception {
        storedLanguage(PERSON, "fi");
        List<String> texts = TEXTS.get(language);
        try (Browser browser = new Browser(language)) {
            browser.open(portal(""));
            browser.waitFor(By.id("username"));
            assertEquals(language, lang(browser), "username page");
            assertEquals(texts.get(0), browser.text(By.id("kc-page-title")));

            toPasswordPage(browser, PERSON);
            assertEquals(language, lang(browser), "password page");
            assertEquals(texts.get(1), browser.text(By.cssSelector("label[for='password']")));
            assertEquals(texts.get(2), browser.waitFor(By.id("password-show-password")).getAttribute("aria-label"));

            failLogin(browser);
            assertEquals(language, lang(browser), "failed login page");
            assertEquals(texts.get(3), browser.text(By.id("input-error-username")));

            logIn(browser);
        }
    }

    @Test
    void aRegionLinkShowsTheRegionsLookOnEveryLoginPageAndAPlainLinkThePortals() throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(portal("lappi/networks/events"));
            browser.waitFor(By.id("username"));
            assertRegionLook(browser, "lappi", "username page");
            toPasswordPage(browser, "lappi.professional");
            assertRegionLook(browser, "lappi", "password page");
            failLogin(browser);
            assertRegionLook(browser, "lappi", "failed login page");

            // the same tab, a new login from an address without a region: the portal's own look again
            browser.open(portal(""));
            browser.waitFor(By.id("username"));
            assertNull(browser.script("return document.documentElement.getAttribute('data-kyky-look')"));
            assertEquals(rgb(theme("base").getString("primaryColor")), buttonColour(browser));
            assertTrue(String.valueOf(browser.script("return getComputedStyle(document.getElementById('kc-header-wrapper'), '::before')"
                    + ".backgroundImage")).contains("/looks/base/"));
            toPasswordPage(browser, "lappi.professional");
            logIn(browser);
        }
    }

    @Test
    void afterLoggingOutTheNextLoginShowsTheLookOfTheRegionTheBareAddressOpens() throws Exception {
        try (Browser browser = new Browser()) {
            // in two regions, Kymenlaakso first; the portal remembers the one worked in last
            browser.login(portal(""), "kela.asiantuntija");
            browser.open(portal("lappi"));
            browser.waitForText(By.id("region-name"), "Lapin hyvinvointialue");
            browser.click(By.id("logout"));
            browser.waitFor(By.id("username")); // Keycloak sends the browser to the bare address, which asks for a login
            assertRegionLook(browser, "lappi", "login after logout");
            toPasswordPage(browser, "kela.asiantuntija");
            logIn(browser);
            browser.waitForText(By.id("region-name"), "Lapin hyvinvointialue");
        }
    }

    @Test
    void theLoginPagesFitAPhoneWithoutSidewaysScrolling() throws Exception {
        try (Browser browser = new Browser(360, 780, "fi")) {
            browser.open(portal("keski-uusimaa/networks/events")); // the longest region name
            browser.waitFor(By.id("username"));
            assertFitsTheWidth(browser, "username page");
            toPasswordPage(browser, "keski-uusimaa.professional");
            assertFitsTheWidth(browser, "password page");
            failLogin(browser);
            assertFitsTheWidth(browser, "failed login page");
            logIn(browser);
        }
    }

    @Test
    void theRealmUsesThePortalsLoginThemeAlsoWhenItWasImportedBeforeTheThemeExisted() throws Exception {
        // the test stack's realm survives between runs (target/it-stack): the stack sets the theme at every start
        JsonObject realm = json(admin("GET", "/admin/realms/kykyverkko")).asJsonObject();
        assertEquals("kykyverkko", realm.getString("loginTheme"));
        // and setting it changed nothing else the login relies on
        assertFalse(realm.getBoolean("organizationsEnabled"), "Organizations on: the login would ask for the username alone and fail");
        assertTrue(realm.getBoolean("internationalizationEnabled"));
        assertEquals("fi", realm.getString("defaultLocale"));
        assertEquals(List.of("en", "fi", "sv"), realm.getJsonArray("supportedLocales").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());
    }

    /** The login page asks for username and password together; the username is typed, the password not yet. */
    private static void toPasswordPage(Browser browser, String username) {
        browser.waitFor(By.id("username")).sendKeys(username);
        browser.waitFor(By.id("password"));
    }

    /** A wrong password: the page comes back with the username kept and the error under it. */
    private static void failLogin(Browser browser) {
        browser.waitFor(By.id("password")).sendKeys("not-the-password");
        browser.click(By.id("kc-login"));
        browser.waitFor(By.id("input-error-username"));
        browser.waitFor(By.id("password"));
    }

    private static void logIn(Browser browser) {
        browser.waitFor(By.id("password")).clear();
        browser.waitFor(By.id("password")).sendKeys(Browser.DEMO_PASSWORD);
        browser.click(By.id("kc-login"));
        browser.waitFor(By.id("region-name"));
    }

    private static void assertFitsTheWidth(Browser browser, String page) {
        // a page wider than the phone widens the layout (innerWidth) and shows zoomed out, even without a scrollbar
        assertEquals(360L, browser.script("return window.innerWidth"), page + ": " + browser.script(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 361)"
                        + ".map(e => e.localName + '#' + e.id + '.' + e.className).join(', ')"));
        assertFalse(browser.scrollsSideways(), page + ": " + browser.script("return document.documentElement.scrollWidth"));
    }

    private static String lang(Browser browser) {
        return String.valueOf(browser.script("return document.documentElement.lang"));
    }

    private static void assertRegionLook(Browser browser, String theme, String page) throws Exception {
        JsonObject look = theme(theme);
        assertEquals(theme, browser.script("return document.documentElement.getAttribute('data-kyky-look')"), page);
        assertEquals(rgb(look.getString("primaryColor")), buttonColour(browser), page);
        assertEquals("\"" + look.getString("name") + "\"", browser.script(
                "return getComputedStyle(document.getElementById('kc-header-wrapper'), '::after').content"), page);
        assertTrue(String.valueOf(browser.script("return getComputedStyle(document.getElementById('kc-header-wrapper'), '::before')"
                + ".backgroundImage")).contains("/looks/" + theme + "/" + look.getString("logo")), page);
    }

    private static Object buttonColour(Browser browser) {
        return browser.script("return getComputedStyle(document.getElementById('kc-login')).backgroundColor");
    }

    /** The portal's theme file, as the portal under test reads it. */
    private static JsonObject theme(String name) throws Exception {
        Path file = TestStack.themesDir().resolve(name).resolve("theme.json");
        return Json.createReader(new StringReader(Files.readString(file))).readObject();
    }

    private static String rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return "rgb(" + (value >> 16) + ", " + ((value >> 8) & 0xff) + ", " + (value & 0xff) + ")";
    }

    /** Sets the language stored in the person's Keycloak account, as the portal stores it when it creates people. */
    private static void storedLanguage(String username, String language) throws Exception {
        JsonArray found = json(admin("GET", "/admin/realms/kykyverkko/users?exact=true&username=" + enc(username))).asJsonArray();
        String id = found.getJsonObject(0).getString("id");
        JsonObject user = json(admin("GET", "/admin/realms/kykyverkko/users/" + id)).asJsonObject();
        JsonObject attributes = user.containsKey("attributes") ? user.getJsonObject("attributes") : JsonObject.EMPTY_JSON_OBJECT;
        JsonObject changed = Json.createObjectBuilder(user).add("attributes", Json.createObjectBuilder(attributes)
                .add("locale", Json.createArrayBuilder().add(language))).build();
        adminSend("PUT", "/admin/realms/kykyverkko/users/" + id, changed.toString(), 204);
    }

    private static String admin(String method, String path) throws Exception {
        return adminSend(method, path, null, 200);
    }

    private static String adminSend(String method, String path, String body, int expected) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = json(http.send(HttpRequest.newBuilder(URI.create(TestStack.keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password="
                        + enc(TestStack.adminPassword()))).build(), HttpResponse.BodyHandlers.ofString()).body())
                .asJsonObject().getString("access_token");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.keycloakUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body();
    }

    private static jakarta.json.JsonValue json(String text) {
        return KeycloakTestClient.json(text);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
