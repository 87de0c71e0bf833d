package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The catalogue, the organisations and the public page in Chromium, at desktop and phone width, in three languages. */
class CatalogueBrowserIT extends PortalClientTest {

    /** How far the page scrolls sideways (0 when it fits the window). */
    private static long sideways(Browser browser) {
        return ((Number) browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    /** Elements under {@code selector} whose text is wider than their box (clipped or overflowing). */
    @SuppressWarnings("unchecked")
    private static List<String> cut(Browser browser, String selector) {
        return (List<String>) browser.script("return [...document.querySelectorAll(arguments[0] + ', ' + arguments[0] + ' *')]"
                + ".filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0).map(e => e.tagName + ': ' + e.textContent.slice(0, 80))", selector);
    }

    /** Whether a Vaadin field's label or placeholder is wider than the room it has. */
    private static Object labelOrPlaceholderCut(Browser browser, String fieldId) {
        return browser.script("const f = document.getElementById(arguments[0]);"
                + "const part = f.shadowRoot.querySelector('[part~=\"label\"]'); const label = f.querySelector('label');"
                + "const input = f.querySelector('input'); const s = getComputedStyle(input);"
                + "const ctx = document.createElement('canvas').getContext('2d'); ctx.font = s.font;"
                + "const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);"
                + "return {label: label.scrollWidth > part.clientWidth + 1, placeholder: ctx.measureText(input.placeholder).width > room + 1};", fieldId);
    }

    @Test
    void atDesktopWidthNothingIsCutAndEveryViewAndDialogPassesAxe() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            browser.open(portal("lappi/networks/services"));
            browser.waitForText(By.id("catalogue-list"), "Vertaistukiryhmät");
            assertEquals(java.util.Map.of("label", false, "placeholder", false), labelOrPlaceholderCut(browser, "catalogue-search"));
            assertEquals(List.of(), cut(browser, "#catalogue-list"));
            problems.addAll(browser.accessibilityProblems("catalogue"));

            browser.click(By.xpath("//ul[@id='catalogue-list']//button[contains(., 'Vertaistukiryhmät')]"));
            browser.waitFor(By.id("service-contact"));
            assertTrue(browser.text(By.id("service-card")).contains("Nuorten Ystävät ry"), browser.text(By.id("service-card")));
            assertEquals(Boolean.TRUE, browser.script("return document.getElementById('service-contact').getBoundingClientRect().bottom <= window.innerHeight"),
                    "the contacts show without scrolling");
            problems.addAll(browser.accessibilityProblems("service read view"));
            browser.click(By.id("service-edit"));
            browser.waitFor(By.id("service-description-fi"));
            problems.addAll(browser.accessibilityProblems("service edit dialog"));

            browser.open(portal("lappi/networks/organisations"));
            browser.waitForText(By.id("organisations-list"), "Kela");
            assertEquals(List.of(), cut(browser, "#organisations-list"));
            problems.addAll(browser.accessibilityProblems("organisations"));
            problems.addAll(browser.accessibilityProblems("import", portal("lappi/networks/import"), By.id("import-upload")));
            for (String language : List.of("fi", "sv", "en")) {
                problems.addAll(browser.accessibilityProblems("public page " + language, portal("public/lappi/palvelut?lang=" + language), By.id("results")));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void atPhoneWidthTheCatalogueAndOrganisationsAreStackedRowsWithoutSidewaysScroll() throws Exception {
        try (Browser browser = Browser.phone()) {
            browser.login(portal(""), "lappi.professional");
            browser.open(portal("lappi/networks/services"));
            browser.waitForText(By.id("catalogue-list"), "Vertaistukiryhmät");
            assertEquals(390L, ((Number) browser.script("return window.innerWidth")).longValue());
            assertEquals(0, sideways(browser), "the catalogue scrolls sideways");
            assertEquals(List.of(), cut(browser, "#catalogue-list"));
            assertEquals(Boolean.TRUE, browser.script("const row = document.querySelector('#catalogue-list li');"
                    + "const name = row.querySelector('button').getBoundingClientRect(); const details = row.querySelector('div').getBoundingClientRect();"
                    + "return details.top >= name.bottom - 1 && row.getBoundingClientRect().right <= window.innerWidth;"), "name above its details, inside the screen");

            browser.click(By.xpath("//ul[@id='catalogue-list']//button[contains(., 'Vertaistukiryhmät')]"));
            browser.waitFor(By.id("service-contact"));
            assertEquals(Boolean.TRUE, browser.script("return document.getElementById('service-contact').getBoundingClientRect().bottom <= window.innerHeight"),
                    "the contacts show without scrolling on a phone too");
            assertEquals(List.of(), cut(browser, "#service-card"));
            List<String> problems = browser.accessibilityProblems("service read view at 390 px");
            assertTrue(problems.isEmpty(), String.join("\n", problems));

            browser.open(portal("lappi/networks/organisations"));
            browser.waitForText(By.id("organisations-list"), "Kela");
            assertEquals(0, sideways(browser), "the organisations scroll sideways");
            assertEquals(List.of(), cut(browser, "#organisations-list"));

            for (String language : List.of("fi", "sv")) {
                browser.open(portal("public/lappi/palvelut?lang=" + language));
                browser.waitFor(By.id("results"));
                assertEquals(0, sideways(browser), "the public page (" + language + ") scrolls sideways");
                assertEquals(List.of(), cut(browser, ".services"));
            }
        }
    }

    @Test
    void inSwedishAndEnglishTheCardsSayWhatIsNotTranslatedAndAnUnknownRegionGetsThePortalsOwnPage() throws Exception {
        // the demo services are in Finnish only
        HttpResponse<String> swedish = get("public/lappi/palvelut?lang=sv&q=vertaistuki", null);
        assertEquals(200, swedish.statusCode());
        assertTrue(swedish.body().contains("Den här tjänsten har inte översatts till svenska; uppgifterna visas på finska."), swedish.body());
        assertTrue(swedish.body().contains("<h3 id=\"s-") && swedish.body().contains("\" lang=\"fi\">Vertaistukiryhmät</h3>"),
                "the Finnish name is marked as Finnish");
        HttpResponse<String> english = get("public/lappi/palvelut?lang=en&q=vertaistuki", null);
        assertTrue(english.body().contains("This service has not been translated into English; its details are shown in Finnish."), english.body());
        HttpResponse<String> finnish = get("public/lappi/palvelut?q=vertaistuki", null);
        assertTrue(finnish.body().contains(">Vertaistukiryhmät</h3>"), finnish.body());
        assertTrue(!finnish.body().contains("class=\"untranslated\"") && !finnish.body().contains("lang=\"fi\">Vertaistukiryhmät")
                && !finnish.body().contains("<p lang=\"fi\">") && !finnish.body().contains("<dd lang=\"fi\">"), "no note and no marks in Finnish");

        for (String[] visitor : new String[][] {{"sv", "Sidan hittades inte"}, {"en", "Page not found"}, {"fi", "Sivua ei löytynyt"}}) {
            HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(portal("public/no-such-region/palvelut")))
                    .header("Accept-Language", visitor[0] + ";q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, unknown.statusCode());
            assertTrue(unknown.body().contains("<html lang=\"" + visitor[0] + "\">") && unknown.body().contains(visitor[1]),
                    "the portal's own page in the visitor's language, not the server's: " + unknown.body());
        }
    }
}
