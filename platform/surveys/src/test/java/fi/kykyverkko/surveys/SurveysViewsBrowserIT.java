package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The library, the self-assessment pages and the admins' outbox in Chromium through the real Keycloak login, on the
 * demo data of Lappi, read only (nothing is saved, no link issued): no serious or critical axe-core violation at
 * 1280 px and on a 360 px phone, and nothing scrolls sideways on the phone.
 */
class SurveysViewsBrowserIT extends PortalClientTest {

    private static List<String> seriousOnly(List<String> problems) {
        return problems.stream().filter(p -> p.contains(": serious ") || p.contains(": critical ")).toList();
    }

    private void professional(Browser browser, String width, List<String> problems) throws Exception {
        problems.addAll(seriousOnly(browser.accessibilityProblems("library " + width, portal("lappi/surveys/library"), By.id("library-list"))));
        assertTrue(browser.text(By.id("library-list")).contains("who-5"), browser.text(By.id("library-list")));
        assertFalse(browser.scrollsSideways(), "the library fits at " + width);
        problems.addAll(seriousOnly(browser.accessibilityProblems("instrument " + width, portal("lappi/surveys/library/instrument/who-5"),
                By.id("library-preview-scores"))));
        assertTrue(browser.text(By.id("library-preview-scores")).contains("wellbeing"), browser.text(By.id("library-preview-scores")));
        assertFalse(browser.scrollsSideways(), "the instrument page fits at " + width);
        problems.addAll(seriousOnly(browser.accessibilityProblems("assessments " + width, portal("lappi/surveys/assessments"),
                By.id("assessment-change-rule"))));
        assertFalse(browser.scrollsSideways(), "the assessments page fits at " + width);
        // the demo professional is responsible for open episodes, each with its start measurements due or overdue
        assertFalse(browser.driver().findElements(By.cssSelector("#assessment-due a")).isEmpty(), browser.text(By.id("assessment-due")));
        browser.click(By.cssSelector("#assessment-due a"));
        browser.waitFor(By.id("assessment-measurements"));
        problems.addAll(seriousOnly(browser.accessibilityProblems("measurements " + width)));
        assertFalse(browser.driver().findElements(By.cssSelector("[id^=assessment-chart-] svg")).isEmpty(), "a change chart is drawn");
        assertFalse(browser.scrollsSideways(), "the measurement page fits at " + width);
    }

    @Test
    void theLibraryAndTheSelfAssessmentPagesOnDesktopAndPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            professional(browser, "1280", problems);
        }
        try (Browser browser = new Browser(360, 780)) {
            browser.login(portal(""), "lappi.professional");
            professional(browser, "360 px", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theOutboxAndTheScheduleForTheRegionsAdminOnThePhone() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser(360, 780)) {
            browser.login(portal(""), "lappi.tenant-admin");
            problems.addAll(seriousOnly(browser.accessibilityProblems("outbox 360 px", portal("lappi/admin/outbox"), By.id("outbox-counts"))));
            assertFalse(browser.scrollsSideways(), "the outbox fits the phone");
            problems.addAll(seriousOnly(browser.accessibilityProblems("schedule 360 px", portal("lappi/surveys/assessments/schedule"),
                    By.id("schedule-points"))));
            assertFalse(browser.scrollsSideways(), "the schedule fits the phone");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
