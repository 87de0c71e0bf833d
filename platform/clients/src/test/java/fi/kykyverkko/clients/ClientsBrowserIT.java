package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The clients views in Chromium through the real Keycloak login, as the demo professional: my clients lists their
 * demo caseload, a client card opens from it with the responsible person and the episode's duration, and search,
 * card and my clients have no serious or critical axe-core violation, at 1280 px and on a 360 px phone without
 * sideways scrolling.
 */
class ClientsBrowserIT extends PortalClientTest {

    private static List<String> seriousOnly(List<String> problems) {
        return problems.stream().filter(p -> p.contains(": serious ") || p.contains(": critical ")).toList();
    }

    private void walk(Browser browser, String width, List<String> problems) throws Exception {
        problems.addAll(seriousOnly(browser.accessibilityProblems("my clients " + width, portal("lappi/clients/mine"), By.id("my-clients"))));
        assertTrue(browser.text(By.id("my-clients-summary")).startsWith("Vastuullasi"), browser.text(By.id("my-clients-summary")));
        browser.click(By.cssSelector("#my-clients a"));
        browser.waitFor(By.id("client-heading"));
        assertTrue(browser.text(By.id("responsible-box")).contains("Pekka Työkykykoordinaattori"), browser.text(By.id("responsible-box")));
        assertTrue(browser.text(By.cssSelector("[id^='episode-days-']")).matches("Kesto: \\d+ päivää"));
        assertTrue(browser.driver().getCurrentUrl().contains("/lappi/clients/client/"), "the link names its region");
        problems.addAll(seriousOnly(browser.accessibilityProblems("client card " + width)));
        assertFalse(browser.scrollsSideways(), "the card fits the screen at " + width);
        problems.addAll(seriousOnly(browser.accessibilityProblems("client search " + width, portal("lappi/clients"), By.id("client-search"))));
    }

    @Test
    void theDemoProfessionalFindsTheirCaseloadAndTheCardOnDesktopAndPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            walk(browser, "1280", problems);
        }
        try (Browser browser = new Browser(360, 780)) {
            browser.login(portal(""), "lappi.professional");
            walk(browser, "360 px", problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theOfficersAuditViewWithItsExportsAndTheManagersCaseloadsPassAxeOnDesktopAndPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 900}, {360, 780}}) {
            String width = size[0] + " px";
            try (Browser browser = new Browser(size[0], size[1])) {
                browser.login(portal(""), "lappi.data-protection");
                problems.addAll(seriousOnly(browser.accessibilityProblems("audit search " + width, portal("lappi/clients/audit"),
                        By.id("audit-client"))));
                browser.type("audit-client", "1");
                browser.click(By.id("audit-export-pdf"));
                browser.waitFor(By.id("audit-download"));
                String offered = (String) browser.script("return document.getElementById('audit-download').textContent");
                assertTrue(offered.contains("(PDF)"), "the export is offered as a download: " + offered);
                problems.addAll(seriousOnly(browser.accessibilityProblems("audit search with a download " + width)));
                assertFalse(browser.scrollsSideways(), "the audit view fits the screen at " + width);
            }
            try (Browser browser = new Browser(size[0], size[1])) {
                browser.login(portal(""), "lappi.manager");
                problems.addAll(seriousOnly(browser.accessibilityProblems("caseloads " + width, portal("lappi/clients/caseloads"),
                        By.id("caseloads"))));
                assertFalse(browser.scrollsSideways(), "caseloads fit the screen at " + width);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
