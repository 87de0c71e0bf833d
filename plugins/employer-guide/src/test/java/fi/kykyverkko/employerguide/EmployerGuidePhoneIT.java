package fi.kykyverkko.employerguide;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The guide's staff view on a 390 px phone, in the real browser: nothing sideways, nothing cut, axe-clean. */
class EmployerGuidePhoneIT extends PortalClientTest {

    @Test
    void theGuideReadsOnAPhone() throws Exception {
        try (Browser browser = Browser.phone()) {
            browser.login(portal(""), "lappi.employer-liaison");
            browser.open(portal("lappi/employer-guide"));
            browser.waitFor(By.id("guide-sections"));
            assertFalse(browser.scrollsSideways(), "the guide scrolls sideways on a phone");
            assertTrue(browser.onScreen(By.id("guide-public-link")), "the public page's link is on screen");
            List<String> problems = browser.accessibilityProblems("employer guide at 390 px");
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }
    }
}
