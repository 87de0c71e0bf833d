package fi.kykyverkko.consultations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Booking an anonymous case in Chromium through the real Keycloak login on Lapland's demo hour, on a 360 px phone:
 * the series page with its sessions and their deadlines, the session's booking form, the case in the queue and in
 * "my consultations", its outcome recorded; the statistics and pair consultation pages; no serious or critical axe-core violation and nothing scrolls sideways.
 */
class ConsultationBookingBrowserIT extends PortalClientTest {

    private static List<String> seriousOnly(List<String> problems) {
        return problems.stream().filter(p -> p.contains(": serious ") || p.contains(": critical ")).toList();
    }

    @Test
    void aProfessionalBooksACaseOnThePhone() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(360, 780)) {
            browser.login(portal(""), "lappi.professional");
            problems.addAll(seriousOnly(browser.accessibilityProblems("series list", portal("lappi/consultations"), By.id("consultation-series"))));
            assertTrue(browser.text(By.id("consultation-series")).contains("Konsultaatiotunti"), browser.text(By.id("consultation-series")));
            assertFalse(browser.scrollsSideways(), "the list fits the phone");
            browser.open(browser.driver().findElements(By.linkText("Konsultaatiotunti")).stream()
                    .filter(org.openqa.selenium.WebElement::isDisplayed).findFirst().orElseThrow().getAttribute("href"));
            browser.waitFor(By.id("sessions"));
            problems.addAll(seriousOnly(browser.accessibilityProblems("series")));
            assertTrue(browser.text(By.id("series-deadline-rule")).contains("12:00"), browser.text(By.id("series-deadline-rule")));
            assertFalse(browser.scrollsSideways(), "the series page fits the phone");
            // the last coming session: weeks ahead, its deadline not passed whatever the day of the run
            List<org.openqa.selenium.WebElement> sessions = browser.driver().findElements(By.cssSelector("#sessions a")).stream()
                    .filter(org.openqa.selenium.WebElement::isDisplayed).toList();
            assertFalse(sessions.isEmpty(), browser.text(By.id("sessions")));
            browser.open(sessions.get(sessions.size() - 1).getAttribute("href"));
            browser.waitFor(By.id("session-deadline"));
            assertTrue(browser.text(By.id("session-deadline")).startsWith("Varattava viimeistään"), browser.text(By.id("session-deadline")));
            browser.waitFor(By.id("case-question"));
            problems.addAll(seriousOnly(browser.accessibilityProblems("session")));
            browser.pick("case-reason", "Tukea palveluohjaukseen");
            browser.type("case-question", "Selainkysymys: mihin palveluun ohjataan?");
            // the identity guard marks what identifies a person and the case is not booked
            browser.type("case-description", "Noin 40-vuotias, hetu 131052-308T, puh. 040 123 4567.");
            browser.click(By.id("book-case"));
            browser.waitFor(By.cssSelector("#description-found mark"));
            assertTrue(browser.driver().findElements(By.cssSelector("#description-found mark")).size() == 2,
                    "the code and the phone number are marked: " + browser.text(By.id("description-found")));
            assertTrue(browser.driver().findElements(By.id("booked-arrival")).isEmpty(), "nothing was booked");
            browser.type("case-description", "Noin 40-vuotias, työtön kaksi vuotta.");
            browser.click(By.id("book-case"));
            browser.waitForText(By.id("booked-arrival"), "jonossa 1");
            assertTrue(browser.driver().findElements(By.cssSelector("#description-found mark")).isEmpty(), "the marks are gone with the text");
            assertTrue(browser.text(By.id("queue")).contains("Selainkysymys"), "the organiser sees it in the queue: " + browser.text(By.id("queue")));
            assertFalse(browser.scrollsSideways(), "the session page fits the phone");
            // the organiser records what came of it
            browser.click(By.id("record-outcome-1"));
            browser.pick("outcome-choice", "Ratkesi konsultaatiossa");
            browser.type("outcome-minutes", "15");
            problems.addAll(seriousOnly(browser.accessibilityProblems("outcome dialog")));
            browser.click(By.id("save-outcome"));
            browser.waitForText(By.id("queue"), "Ratkesi konsultaatiossa");
            problems.addAll(seriousOnly(browser.accessibilityProblems("mine", portal("lappi/consultations/mine"), By.id("my-bookings"))));
            assertTrue(browser.driver().findElements(By.cssSelector("#my-bookings vaadin-button[id^=cancel-]")).size() >= 1,
                    "the new booking can be cancelled: " + browser.text(By.id("my-bookings")));
            assertFalse(browser.scrollsSideways(), "my consultations fit the phone");
            // the statistics count the demo year, and the pair consultations page takes a request
            problems.addAll(seriousOnly(browser.accessibilityProblems("statistics", portal("lappi/consultations/statistics"), By.id("stats-totals"))));
            assertTrue(browser.text(By.id("stats-totals")).startsWith("Tapauksia "), browser.text(By.id("stats-totals")));
            assertFalse(browser.driver().findElements(By.cssSelector("#stats-chart svg")).isEmpty(), "a chart beside the table");
            assertFalse(browser.scrollsSideways(), "the statistics fit the phone");
            problems.addAll(seriousOnly(browser.accessibilityProblems("pairs", portal("lappi/consultations/pairs"), By.id("pair-send"))));
            assertFalse(browser.scrollsSideways(), "the pair consultations fit the phone");
            problems.addAll(seriousOnly(browser.accessibilityProblems("series editor", portal("lappi/consultations/series-editor"), By.id("save-series"))));
            assertFalse(browser.scrollsSideways(), "the series form fits the phone");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
