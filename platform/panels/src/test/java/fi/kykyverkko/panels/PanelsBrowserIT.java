package fi.kykyverkko.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.panels.demo.PanelsDemoData;
import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestMailbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Lapland's demo panel in one browser session: the facilitator runs a planned meeting through the script, updates the
 * peer-group idea at the recap, collects one anonymous answer on the kiosk in a phone-sized window and ends the meeting;
 * then the demo member's own page (the link the demo mailed her, plain Finnish, 360 px) shows the new status in plain
 * language, with axe-core finding no serious or critical violation; the link opens nothing under another region.
 */
class PanelsBrowserIT extends PortalClientTest {

    private static final String MEMBER = "aino.raati@example.fi";
    private static final String IDEA = "Vertaistukiryhmä työhönvalmennuksessa oleville";
    private static final Pattern LINK = Pattern.compile("/l/lappi/[A-Za-z0-9_-]{43}");

    private static List<String> serious(Browser browser, String page) throws Exception {
        return browser.accessibilityProblems(page).stream().filter(p -> p.contains(": serious ") || p.contains(": critical ")).toList();
    }

    @Test
    void theFacilitatorRunsAMeetingAndTheMembersPageShowsTheNewStatus() throws Exception {
        List<TestMailbox.Received> mails = TestMailbox.get().await(MEMBER, 1, Duration.ofSeconds(120));
        Matcher m = LINK.matcher(mails.get(0).text());
        assertTrue(m.find(), "the demo mailed the member her page: " + mails.get(0).text());
        String memberPage = m.group().substring(1);
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(1280, 900, "fi")) {
            browser.login(portal(""), "lappi.panel-facilitator");
            browser.open(portal("lappi/panels"));
            browser.waitFor(By.id("panels"));
            browser.open(browser.driver().findElements(By.linkText(PanelsDemoData.LAPLAND_PANEL)).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElseThrow().getAttribute("href"));
            browser.waitFor(By.id("meetings"));
            problems.addAll(serious(browser, "panel"));
            WebElement run = browser.driver().findElements(By.cssSelector("#meetings a[data-status='PLANNED']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow();
            browser.open(run.getAttribute("href"));

            browser.waitForText(By.id("current-step"), "Kahvit");
            browser.click(By.id("next-step"));
            browser.waitForText(By.id("current-step"), "ideoiden eteneminen");
            // the demo's last meeting was on "Kohtaaminen"; a second run on the same database finds the one this test held
            String recap = browser.text(By.id("recap"));
            assertTrue(recap.contains("teema: Kohtaaminen") || recap.contains("teema: Vertaistuki"), "the previous meeting's theme: " + recap);
            problems.addAll(serious(browser, "recap"));
            browser.click(By.cssSelector("vaadin-button[data-idea='" + IDEA + "']"));
            browser.waitFor(By.id("idea-status"));
            browser.pick("idea-status", "Työn alla");
            browser.type("idea-progress", "30");
            browser.type("idea-note", "Ensimmäinen vertaisryhmä kokoontuu helmikuussa.");
            problems.addAll(serious(browser, "idea dialog"));
            browser.click(By.id("idea-save"));
            browser.waitUntil("return document.getElementById('idea-dialog') === null || !document.getElementById('idea-dialog').opened");
            browser.click(By.id("next-step"));
            browser.waitFor(By.id("meeting-theme"));
            browser.type("meeting-theme", "Vertaistuki");
            browser.click(By.id("save-theme"));
            browser.click(By.id("next-step"));
            browser.waitFor(By.id("mood-results"));
            String meetingUrl = browser.driver().getCurrentUrl();
            String kiosk = meetingUrl.replace("/panels/meeting/", "/panels/kiosk/");

            // the kiosk on a phone-sized window, in the same session: one anonymous tap sequence
            browser.driver().manage().window().setSize(new Dimension(360, 780));
            browser.open(kiosk);
            browser.waitFor(By.id("mood-send"));
            problems.addAll(serious(browser, "kiosk"));
            assertFalse(browser.scrollsSideways(), "the kiosk fits the phone");
            browser.click(By.id("mood-meeting-3"));
            browser.click(By.id("mood-heard-3"));
            browser.click(By.id("mood-again-2"));
            browser.click(By.id("mood-send"));
            browser.waitFor(By.id("kiosk-thanks"));
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.open(meetingUrl);
            browser.waitFor(By.id("mood-results"));
            assertTrue(browser.text(By.id("mood-meeting")).contains("hyvä 1/1"), browser.text(By.id("mood-results")));
            assertTrue(browser.text(By.id("mood-again")).contains("kohtalainen 1/1"), browser.text(By.id("mood-results")));
            browser.click(By.id("next-step"));
            browser.waitForText(By.id("meeting-held"), "Tapaaminen on pidetty.");

            // the member's own page: no login needed, phone-sized, plain Finnish
            browser.driver().manage().window().setSize(new Dimension(360, 780));
            browser.open(portal(memberPage));
            browser.waitFor(By.id("board"));
            String board = browser.text(By.id("board"));
            assertTrue(board.contains(IDEA), board);
            WebElement idea = browser.driver().findElements(By.cssSelector("#board li.idea")).stream()
                    .filter(e -> e.getText().contains(IDEA)).findFirst().orElseThrow();
            assertTrue(idea.getText().contains("Tätä tehdään nyt.") && idea.getText().contains("Valmis 30 %"), "the new status in plain Finnish: " + idea.getText());
            assertTrue(browser.text(By.id("notices")).contains(IDEA), "a notice of the change: " + browser.text(By.id("notices")));
            assertTrue(board.contains("Kohtaamisen huoneentaulu"), "the principles poster is an outcome: " + board);
            problems.addAll(serious(browser, "member page"));
            assertFalse(browser.scrollsSideways(), "the member page fits 360 px");

            browser.open(portal(memberPage.replace("l/lappi/", "l/kymenlaakso/")));
            browser.waitFor(By.tagName("body"));
            assertTrue(browser.driver().findElements(By.id("board")).isEmpty(), "the link opens nothing in another region");
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
