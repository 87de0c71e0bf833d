package fi.kykyverkko.networks;

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
import org.openqa.selenium.WindowType;

/**
 * Events, groups and people in Chromium through the real Keycloak login (issue 10): a double registration
 * refused, lists that cut nothing at 1280 px and become cards at 390 × 844 with no sideways scrolling, and
 * axe-core finding nothing of any impact at either width.
 */
class EventsGroupsPeopleBrowserIT extends PortalClientTest {

    /** The demo's event still to come in Lapland, open for registration. */
    private static final String COMING = "Info ammattilaisille: työnantajayhteistyö";

    private static String eventButton(String title) {
        return "//button[contains(@class, 'kv-open') and contains(., '" + title + "')]";
    }

    @Test
    void aSecondRegistrationIsRefusedAndTheRegisteredPersonSeesItAndCanCancel() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.network-member");
            browser.open(portal("lappi/networks/events"));
            browser.click(By.xpath(eventButton(COMING)));
            browser.waitFor(By.id("own-registration"));
            if (!browser.driver().findElements(By.id("cancel-registration")).isEmpty()) {
                browser.click(By.id("cancel-registration")); // registered by an earlier run on the same data
            }
            browser.waitFor(By.id("register"));
            assertTrue((Boolean) browser.script("const r = document.getElementById('register').getBoundingClientRect();"
                    + "return r.top >= 0 && r.bottom <= window.innerHeight;"), "the register button is seen without scrolling");
            assertEquals("Nina Verkostojäsen", browser.script("return document.getElementById('registration-name').value"));
            assertEquals("Nuorten Ystävät ry", browser.script("return document.getElementById('registration-organisation').value"));
            assertEquals("lappi.network-member@demo.kykyverkko.invalid", browser.script("return document.getElementById('registration-email').value"));
            problems.addAll(browser.accessibilityProblems("event dialog"));

            // the same event open in a second tab, as a person who clicks again elsewhere would
            String first = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            browser.open(portal("lappi/networks/events"));
            browser.click(By.xpath(eventButton(COMING)));
            browser.waitFor(By.id("register"));
            String second = browser.driver().getWindowHandle();

            browser.driver().switchTo().window(first);
            browser.click(By.id("register"));
            browser.waitForText(By.id("registration-status"), "Olet ilmoittautunut tähän tapahtumaan");
            assertTrue(browser.driver().findElements(By.id("register")).isEmpty(), "no register button once registered");
            problems.addAll(browser.accessibilityProblems("event dialog, registered"));

            browser.driver().switchTo().window(second);
            browser.click(By.id("register"));
            browser.waitForText(By.id("registration-notice"), "Olet jo ilmoittautunut tähän tapahtumaan.");
            String notifications = (String) browser.script("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                    + ".map(c => c.innerText).join(' | ')");
            assertFalse(notifications.contains("Ilmoittautuminen tallennettu."), "the second attempt is not 'saved': " + notifications);
            String list = browser.text(By.id("registrations-list"));
            assertEquals(1, list.split("Nina Verkostojäsen", -1).length - 1, "listed once: " + list);

            browser.click(By.id("cancel-registration"));
            browser.waitFor(By.id("register"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Texts of the list cells, and ids of lists, whose content is wider than they are (cut, or running past the edge). */
    private static final String CUT = "const cut = Array.from(document.querySelectorAll('.kv-stack, .kv-stack td, .kv-stack th'))"
            + ".filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1).map(c => c.id || c.innerText);"
            + "return cut.join(' | ');";
    /** How far the page scrolls sideways, in the document or in the layout's content area (which scrolls by itself). */
    private static final String SIDEWAYS = "const content = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]');"
            + "return Math.max(document.documentElement.scrollWidth - window.innerWidth, content.scrollWidth - content.clientWidth);";

    private List<String> checkEachView(Browser browser, String width, boolean phone) throws Exception {
        List<String> problems = new ArrayList<>();
        browser.open(portal("lappi/networks/groups"));
        browser.click(By.xpath("//a[contains(., 'Kehittämisryhmä')]"));
        browser.waitFor(By.id("group-heading"));
        String groupPage = browser.driver().getCurrentUrl();
        for (String[] view : List.of(new String[] {"lappi/networks/groups", "groups-list"}, new String[] {"lappi/networks/events", "events-list"},
                new String[] {"lappi/networks/people", "people-list"}, new String[] {groupPage, "tasks-list"})) {
            String url = view[0].startsWith("http") ? view[0] : portal(view[0]);
            String page = view[0].replaceAll("^.*/lappi/", "lappi/") + " at " + width;
            problems.addAll(browser.accessibilityProblems(page, url, By.id(view[1])));
            String cut = (String) browser.script(CUT);
            assertEquals("", cut, page + ": cells cut");
            assertTrue(((Number) browser.script(SIDEWAYS)).longValue() <= 0, page + ": scrolls sideways by " + browser.script(SIDEWAYS) + " px");
            String display = (String) browser.script("return getComputedStyle(document.querySelector('#" + view[1] + " tbody tr')).display");
            assertEquals(phone ? "block" : "table-row", display, page + ": rows as " + (phone ? "cards" : "table rows"));
        }
        return problems;
    }

    @Test
    void atDesktopWidthNothingIsCutAndAxeFindsNothing() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            problems.addAll(checkEachView(browser, "1280 px", false));
            // the development group's overdue task says so in full ("myöhä…" before)
            browser.waitForText(By.id("tasks-list"), "myöhässä");
            String groups = browser.text(By.id("tasks-list"));
            assertTrue(groups.contains("Asiakasvastaavamallin kuvaus Innokylään"), groups);
            browser.open(portal("lappi/networks/groups"));
            browser.waitForText(By.id("groups-list"), "Työhönvalmentajien verkosto");
            String list = browser.text(By.id("groups-list"));
            assertTrue(list.contains("Pekka Työkykykoordinaattori"), list);
            assertFalse(list.contains("…"), list);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void atPhoneWidthTheListsAreCardsWithNothingCutAndNoSidewaysScroll() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertEquals(390L, ((Number) browser.script("return window.innerWidth")).longValue(), "the viewport is a phone's");
            problems.addAll(checkEachView(browser, "390 px", true));
            // the event dialog on a phone: the registration first, nothing sideways
            browser.open(portal("lappi/networks/events"));
            browser.click(By.xpath(eventButton(COMING)));
            browser.waitFor(By.id("own-registration"));
            problems.addAll(browser.accessibilityProblems("event dialog at 390 px"));
            assertTrue(((Number) browser.script(SIDEWAYS)).longValue() <= 0, "event dialog scrolls sideways");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
