package fi.kykyverkko.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The networks module in headless Chromium through the real Keycloak login. */
class NetworksBrowserIT extends PortalClientTest {

    @Test
    void aMemberEditsTheirServiceAProfessionalFindsItAndThePublicPageShowsIt() throws Exception {
        String marker = "Selainmerkki" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.network-member");
            browser.open(portal("lappi/networks/services"));
            browser.waitFor(By.id("catalogue-grid"));
            browser.type("catalogue-search", "Vertaistukiryhmät");
            browser.waitForText(By.id("catalogue-grid"), "Nuorten Ystävät ry");
            browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Vertaistukiryhmät')]"));
            browser.waitFor(By.id("service-description-fi"));
            browser.type("service-description-fi", "Vertaistukea työttömille. " + marker);
            browser.click(By.id("service-save"));
            browser.waitUntil("return !document.getElementById('service-save')");
        }
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            browser.open(portal("lappi/networks/services"));
            browser.waitFor(By.id("catalogue-grid"));
            browser.type("catalogue-search", marker.toLowerCase());
            browser.waitForText(By.id("catalogue-grid"), "Vertaistukiryhmät");
            assertEquals("1 palvelu", browser.text(By.id("catalogue-count")));
        }
        HttpResponse<String> page = get("public/lappi/palvelut?q=" + marker, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(marker), "public page lacks the edited description");
        assertTrue(page.body().contains("Vertaistukiryhmät"));
        assertEquals(404, get("public/no-such-region/palvelut", null).statusCode());
    }

    @Test
    void aQuietGroupIsFlaggedOnTheFrontPageAndItsConvenerIsAskedToAct() throws Exception {
        try (Browser browser = new Browser()) {
            // Keusote's job coaching network has not met for months (as in the report); its convener is this member
            browser.login(portal(""), "keski-uusimaa.network-member");
            browser.waitForText(By.id("home-cards"), "Hiljentyneet ryhmät");
            String cards = browser.text(By.id("home-cards"));
            assertTrue(cards.contains("Työ- ja työhönvalmennuksen verkosto – kutsut tämän ryhmän koolle"), cards);
        }
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "keski-uusimaa.manager");
            browser.waitForText(By.id("home-cards"), "Hiljentyneet ryhmät");
            String cards = browser.text(By.id("home-cards"));
            assertTrue(cards.contains("Työ- ja työhönvalmennuksen verkosto – kokoontui viimeksi"), cards);
        }
    }

    @Test
    void networkViewsAndThePublicPageHaveNoSeriousAccessibilityViolations() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            for (String path : List.of("networks/services", "networks/groups", "networks/organisations", "networks/people", "networks/events",
                    "networks/import", "")) {
                problems.addAll(browser.accessibilityProblems(path, portal("lappi/" + path), By.id("region-name")));
            }
            problems.addAll(browser.accessibilityProblems("public page", portal("public/lappi/palvelut"), By.id("results")));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
