package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * Issue 10's shell findings as people meet them, in Chromium through the real Keycloak login: the front page as a
 * working page (also at phone width), the platform administrator's own page, Vaadin's own texts in Finnish, and
 * axe-core on the front page and the administration views with nothing left, whatever its impact. Views inside a
 * region are opened at their region's address ({@code /lappi/networks/import}).
 */
class ShellUxBrowserIT extends PortalClientTest {

    /** Text of an element and everything below it, shadow roots included (Vaadin's components draw inside them). */
    private static final String DEEP_TEXT = "const deep = n => n.nodeType === 3 ? n.textContent : n.nodeName === 'STYLE' ? ''"
            + " : [...(n.shadowRoot ? n.shadowRoot.childNodes : []), ...n.childNodes].map(deep).join(' ');";

    @Test
    void aProfessionalsFrontPageSaysWhatWaitsWhatIsComingAndWhatChanged() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            browser.waitFor(By.id("home-cards"));
            assertEquals(List.of("Odottaa sinua", "Tulossa", "Muuttunut viime aikoina"), headings(browser));
            // Pekka convenes Lapland's development group, whose next meeting is three weeks ahead in the demo
            String coming = browser.text(By.id("home-coming"));
            assertTrue(coming.contains("Ryhmiesi seuraavat kokoukset"), coming);
            assertTrue(coming.contains("Kehittämisryhmä – "), coming);
            String about = browser.text(By.id("home-about"));
            assertTrue(about.contains("Palvelukennosto"), about);
            // customer panels are built: the region's about text says what they hold
            assertTrue(about.contains("Asiakasraadeissa"), about);
            String page = browser.text(By.tagName("vaadin-app-layout")).toLowerCase(java.util.Locale.ROOT);
            // (surveys, instruments and panels are built now: "Kyselyt", "Mittarit" and "Asiakasraadit" belong on the page)
            for (String promise : List.of("asiakaspolu", "palvelutarjotin", "mitä voit tehdä")) {
                assertFalse(page.contains(promise), promise + " on the front page");
            }
            // a card's link opens the group it names
            browser.click(By.xpath("//section[@id='home-coming']//a[contains(., 'Kehittämisryhmä')]"));
            browser.waitForText(By.id("group-heading"), "Kehittämisryhmä");
        }
    }

    @Test
    void theFrontPageReadsWellOnAPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "kela.asiantuntija");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open(portal(""));
            browser.waitFor(By.id("home-cards"));
            Thread.sleep(500);
            // every section and card fits the screen: nothing is cut and nothing needs sideways scrolling
            Object overflowing = browser.script("const w = document.documentElement.clientWidth;"
                    + "return [...document.querySelectorAll('#home-cards section, #home-cards article, #home-about p')]"
                    + ".filter(e => e.getBoundingClientRect().right > w + 1 || e.scrollWidth > e.clientWidth + 1).map(e => e.id || e.textContent.slice(0, 40));");
            assertEquals(List.of(), overflowing);
            Object columns = browser.script("const g = document.querySelector('.home-card-grid');"
                    + "return g ? getComputedStyle(g).gridTemplateColumns.split(' ').length : 1;");
            assertEquals(1L, ((Number) columns).longValue(), "one card beside another does not fit 390 px");
            problems.addAll(browser.accessibilityProblems("home at 390 px"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void thePlatformAdministratorSeesThePlatformNotARequestForAnInvitation() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "paakayttaja");
            browser.waitFor(By.id("home-platform"));
            String page = browser.text(By.tagName("vaadin-app-layout"));
            assertFalse(page.contains("Et ole vielä minkään alueen jäsen"), page);
            String regions = browser.text(By.id("home-regions"));
            assertTrue(regions.contains("Lapin hyvinvointialue – Rovaniemi ja Kemijärvi – "), regions);
            // Lapland names a plugin that is not installed yet: said, not hidden (the installed one by its name)
            assertTrue(regions.contains("lisäosat: supported-employment (ei asennettu), "), regions);
            browser.click(By.id("home-manage-regions"));
            browser.waitFor(By.id("create-tenant"));
            // the regions table names modules and themes, not their ids
            browser.waitForText(By.id("tenant-grid"), "supported-employment (ei asennettu)");
            String grid = browser.text(By.id("tenant-grid"));
            assertTrue(grid.contains("Kykyverkon perusteema") || grid.contains("Lapin hyvinvointialue"), grid);
            assertFalse(grid.matches("(?s).*, [a-z]+-[a-z]+(,|\\n|$).*"), "a module id in the modules column: " + grid);
        }
    }

    @Test
    void vaadinsOwnTextsAreInFinnish() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");

            browser.open(portal("lappi/networks/import"));
            browser.waitFor(By.id("import-upload"));
            String upload = String.valueOf(browser.script(DEEP_TEXT + "return deep(document.getElementById('import-upload'));"));
            assertTrue(upload.contains("Valitse tiedosto…"), upload);
            assertTrue(upload.contains("Tai pudota tiedosto tähän"), upload);
            assertFalse(upload.contains("Upload") || upload.contains("Drop"), upload);

            // the group through its front-page card, whose link names the region and the group
            browser.open(portal(""));
            browser.click(By.xpath("//section[@id='home-coming']//a[contains(., 'Kehittämisryhmä')]"));
            browser.waitForText(By.id("group-heading"), "Kehittämisryhmä");
            browser.click(By.id("new-task"));
            browser.waitFor(By.cssSelector("vaadin-dialog-overlay vaadin-date-picker"));
            browser.script("document.querySelector('vaadin-dialog-overlay vaadin-date-picker').open()");
            browser.waitUntil("const c = document.querySelector('vaadin-date-picker-overlay-content');"
                    + "return !!c && !!c.querySelector('[slot=today-button]');");
            Thread.sleep(500); // the calendar renders its months after opening
            String calendar = String.valueOf(browser.script(DEEP_TEXT
                    + "return deep(document.querySelector('vaadin-date-picker-overlay-content'));"));
            assertTrue(calendar.contains("Tänään"), calendar);
            assertTrue(calendar.contains("Peruuta"), calendar);
            assertFalse(calendar.contains("Today") || calendar.contains("Cancel"), calendar);
            // the month heading is the month's name, not its form inside a date
            assertTrue(calendar.matches("(?s).*(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu 20\\d\\d.*"), calendar);
            assertFalse(calendar.matches("(?s).*kuuta 20\\d\\d.*"), calendar);
        }
    }

    @Test
    void theFrontPageAndTheAdministrationViewsHaveNoAccessibilityViolationsOfAnyImpact() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "kymenlaakso.tenant-admin");
            problems.addAll(browser.accessibilityProblems("home of a region admin", portal(""), By.id("home-cards")));
            problems.addAll(browser.accessibilityProblems("region administration", portal("kymenlaakso/admin/region"), By.id("member-grid")));
            browser.click(By.xpath("//vaadin-grid-cell-content[contains(., '@')]"));
            browser.waitUntil("return !!document.getElementById('member-roles')");
            problems.addAll(browser.accessibilityProblems("region administration, a member chosen"));
        }
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            problems.addAll(browser.accessibilityProblems("home of a professional", portal(""), By.id("home-cards")));
        }
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "paakayttaja");
            problems.addAll(browser.accessibilityProblems("home of the platform admin", portal(""), By.id("home-platform")));
            problems.addAll(browser.accessibilityProblems("platform administration", portal("admin/tenants"), By.id("tenant-grid")));
            browser.click(By.id("create-tenant")); // every required field says what is missing
            browser.waitUntil("return document.getElementById('new-tenant-id').invalid === true");
            problems.addAll(browser.accessibilityProblems("platform administration, empty form sent"));
            browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'lappi')]"));
            browser.waitUntil("return !!document.getElementById('tenant-modules')");
            problems.addAll(browser.accessibilityProblems("platform administration, a region chosen"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static List<String> headings(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) browser.script(
                "return [...document.querySelectorAll('#home-cards h3')].map(h => h.textContent.trim());");
        return texts;
    }
}
