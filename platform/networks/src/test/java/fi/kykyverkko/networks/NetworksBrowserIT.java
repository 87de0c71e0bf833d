package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The networks module in headless Chromium through the real Keycloak login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworksBrowserIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.war();
    }

    @BeforeEach
    void portalIsReady() throws Exception {
        PortalDeployment.awaitReady(base);
    }

    private String portal(String path) {
        return PortalDeployment.loopback(base, path);
    }

    @Test
    void aMemberEditsTheirServiceAProfessionalFindsItAndThePublicPageShowsIt() throws Exception {
        String marker = "Selainmerkki" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.network-member");
            browser.open(portal("networks/services"));
            browser.waitFor(By.id("catalogue-grid"));
            type(browser, "catalogue-search", "Vertaistukiryhmät");
            browser.waitForText(By.id("catalogue-grid"), "Nuorten Ystävät ry");
            browser.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Vertaistukiryhmät')]"));
            browser.waitFor(By.id("service-description-fi"));
            type(browser, "service-description-fi", "Vertaistukea työttömille. " + marker);
            browser.click(By.id("service-save"));
            browser.waitUntil("return !document.getElementById('service-save')");
        }
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            browser.open(portal("networks/services"));
            browser.waitFor(By.id("catalogue-grid"));
            type(browser, "catalogue-search", marker.toLowerCase());
            browser.waitForText(By.id("catalogue-grid"), "Vertaistukiryhmät");
            assertEquals("1 palvelu", browser.text(By.id("catalogue-count")));
        }
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal("public/lappi/palvelut?q=" + marker))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(marker), "public page lacks the edited description");
        assertTrue(page.body().contains("Vertaistukiryhmät"));
        assertEquals(404, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal("public/no-such-region/palvelut"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
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
                browser.open(portal(path));
                browser.waitFor(By.id("region-name"));
                Thread.sleep(500);
                for (Map<String, Object> v : browser.seriousAccessibilityViolations()) {
                    problems.add(path + ": " + v.get("impact") + " " + v.get("id") + " – " + v.get("help") + " " + v.get("nodes"));
                }
            }
            browser.open(portal("public/lappi/palvelut"));
            browser.waitFor(By.id("results"));
            for (Map<String, Object> v : browser.seriousAccessibilityViolations()) {
                problems.add("public page: " + v.get("impact") + " " + v.get("id") + " – " + v.get("help") + " " + v.get("nodes"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void type(Browser browser, String id, String text) {
        browser.script("const f = document.getElementById(arguments[0]); f.value = arguments[1];"
                + "f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));", id, text);
    }
}
