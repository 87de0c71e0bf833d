package fi.kykyverkko.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login theme as the stack installs it into Keycloak: the repository's theme and the portal's real looks. */
class LoginThemeTest {

    /** Surefire runs in deploy/stack. */
    private static final Path SOURCE = Path.of("../keycloak/themes/kykyverkko");
    private static final Path PORTAL_THEMES = Path.of("../../themes");

    @TempDir
    Path keycloak;

    @Test
    void installsTheThemeWithEveryRegionsColoursAndLogo() throws IOException {
        new LoginTheme(SOURCE, PORTAL_THEMES).installInto(keycloak);

        Path login = keycloak.resolve("themes/kykyverkko/login");
        assertTrue(Files.readString(login.resolve("theme.properties")).contains("parent=keycloak.v2"));
        assertTrue(Files.isRegularFile(login.resolve("resources/js/kykyverkko.js")));
        String css = Files.readString(login.resolve("resources/css/looks.css"));
        JsonObject base = themeJson("base");
        assertTrue(css.contains(":root {\n    --kyky-primary: " + base.getString("primaryColor") + ";"), css);
        for (String region : new String[] {"lappi", "kymenlaakso", "keski-uusimaa", "etela-savo"}) {
            JsonObject theme = themeJson(region);
            assertTrue(css.contains("html[data-kyky-look=\"" + region + "\"] {\n    --kyky-primary: " + theme.getString("primaryColor") + ";\n"
                    + "    --kyky-primary-text: " + theme.getString("primaryTextColor") + ";\n"), css);
            assertTrue(css.contains("--kyky-look-name: \"" + theme.getString("name") + "\";"), css);
            assertEquals(Files.readString(PORTAL_THEMES.resolve(region).resolve(theme.getString("logo"))),
                    Files.readString(login.resolve("resources/looks/" + region + "/" + theme.getString("logo"))));
        }
        assertTrue(css.indexOf(":root") < css.indexOf("html[data-kyky-look"), "the base look comes first");
    }

    @Test
    void aLookThatCouldBreakOutOfTheCssIsLeftOutAndTheOthersStay(@TempDir Path themes) throws IOException {
        look(themes, "base", "#1f5f8b", "logo.svg");
        look(themes, "bad", "red; } body { display: none", "logo.svg");
        look(themes, "nologo", "#123456", "../../secrets.properties");

        new LoginTheme(SOURCE, themes).installInto(keycloak);

        String css = Files.readString(keycloak.resolve("themes/kykyverkko/login/resources/css/looks.css"));
        assertTrue(css.contains("--kyky-primary: #1f5f8b;"), css);
        assertFalse(css.contains("display"), css);
        assertFalse(css.contains("nologo"), css);
    }

    @Test
    void aNewInstallationReplacesTheOldOneWhole() throws IOException {
        Path stale = Files.createDirectories(keycloak.resolve("themes/kykyverkko/login/resources/css")).resolve("old.css");
        Files.writeString(stale, "body{}");

        new LoginTheme(SOURCE, PORTAL_THEMES).installInto(keycloak);

        assertFalse(Files.exists(stale));
    }

    @Test
    void withoutThePortalsThemesTheLoginKeepsKeycloaksColours(@TempDir Path nowhere) throws IOException {
        new LoginTheme(SOURCE, nowhere.resolve("missing")).installInto(keycloak);

        String css = Files.readString(keycloak.resolve("themes/kykyverkko/login/resources/css/looks.css"));
        assertFalse(css.contains("--kyky-primary"), css);
    }

    @Test
    void aMissingThemeIsNamedBeforeKeycloakStarts(@TempDir Path empty) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LoginTheme(empty, PORTAL_THEMES).requireSource());
        assertTrue(e.getMessage().contains("theme.properties"), e.getMessage());
    }

    @Test
    void namesAreSafeInsideACssString() {
        assertEquals("Etel\\\"ä\\\\Savo", LoginTheme.cssString("Etel\"ä\\\nSavo"));
    }

    private static JsonObject themeJson(String theme) throws IOException {
        return Json.createReader(new StringReader(Files.readString(PORTAL_THEMES.resolve(theme).resolve("theme.json")))).readObject();
    }

    private static void look(Path themes, String id, String colour, String logo) throws IOException {
        Path folder = Files.createDirectories(themes.resolve(id));
        Files.writeString(folder.resolve("theme.json"), Json.createObjectBuilder().add("name", id).add("primaryColor", colour)
                .add("primaryTextColor", colour).add("logo", logo).build().toString());
        Files.writeString(folder.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    }
}
