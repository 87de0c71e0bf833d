package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** People using the portal in Debian's headless Chromium, logging in through the real Keycloak. */
class PortalBrowserIT extends PortalClientTest {

    private static final String LAPPI = "Lapin hyvinvointialue – Rovaniemi ja Kemijärvi";
    private static final String KYMENLAAKSO = "Kymenlaakson hyvinvointialue";

    @Test
    void aRegionUserSeesTheirRegionAndThemeAndNothingElse() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.professional");
            assertEquals(LAPPI, browser.text(By.id("region-name")));
            assertEquals("#1d4f91", browser.script(
                    "return getComputedStyle(document.documentElement).getPropertyValue('--lumo-primary-color').trim()"));
            assertEquals(LAPPI, browser.waitFor(By.id("region-logo")).getAttribute("alt"));
            assertTrue(browser.driver().findElements(By.id("tenant-switcher")).isEmpty(), "one region, no switcher");
            String menu = browser.text(By.id("main-menu"));
            assertFalse(menu.contains("Alueet"), menu);
            assertTrue(browser.text(By.id("where")).contains("ammattilainen"));

            // platform and region administration are not theirs: same answer as a page that does not exist
            browser.open(portal("admin/tenants"));
            browser.waitFor(By.id("not-found"));
            browser.open(portal("admin/region"));
            browser.waitFor(By.id("not-found"));
            browser.open(portal("no-such-page"));
            browser.waitFor(By.id("not-found"));
        }
    }

    @Test
    void aNetworkMemberOfTwoRegionsSwitchesBetweenThem() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "kela.asiantuntija");
            assertEquals(KYMENLAAKSO, browser.text(By.id("region-name")));
            browser.choose("tenant-switcher", LAPPI);
            browser.waitForText(By.id("region-name"), LAPPI);
            assertTrue(browser.text(By.id("where")).contains("verkoston jäsen"));
            browser.screenshot(java.nio.file.Path.of("target/screenshots/shell.png"));
        }
    }

    @Test
    void aUserSwitchesToSwedishAndLogsOut() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "kymenlaakso.manager");
            assertTrue(browser.text(By.id("welcome")).startsWith("Tervetuloa"));
            browser.choose("language-switcher", "svenska");
            browser.waitForText(By.id("welcome"), "Välkommen");
            assertEquals("sv", browser.script("return document.documentElement.getAttribute('lang')"));

            browser.waitFor(By.id("logout")).click();
            // Keycloak's session is gone too: the portal asks for a login again
            browser.waitFor(By.id("username"));
            browser.open(portal(""));
            browser.waitFor(By.id("username"));
        }
    }

    @Test
    void aPlatformAdminCreatesARegionAndLogsIntoIt() throws Exception {
        String id = "testi-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "paakayttaja");
            browser.open(portal("admin/tenants"));
            browser.waitFor(By.id("tenant-grid"));
            // the form says what is missing, in Finnish, and creates nothing
            browser.click(By.id("create-tenant")); // retried: a notification may cover it for a moment
            browser.waitUntil("return document.getElementById('new-tenant-id').invalid === true");
            assertTrue(String.valueOf(browser.script("return document.getElementById('new-tenant-id').errorMessage")).contains("Pakollinen"));

            browser.type("new-tenant-id", id);
            browser.type("new-tenant-name-fi", "Testialue " + id);
            browser.type("new-tenant-name-sv", "Testområde " + id);
            browser.type("new-tenant-name-en", "Test region " + id);
            browser.type("new-tenant-organisation", "Testiorganisaatio");
            browser.type("new-tenant-municipalities", "Testilä");
            browser.click(By.id("create-tenant")); // retried: a notification may cover it for a moment
            browser.waitUntil("return document.getElementById('tenant-grid').textContent.includes(arguments[0])", id);

            browser.waitFor(By.id("logout")).click();
            browser.waitFor(By.id("username"));
            browser.login(portal(""), "paakayttaja");
            // the new region is the admin's only one, so it is the active region at once
            browser.waitForText(By.id("region-name"), "Testialue " + id);
            assertTrue(browser.text(By.id("where")).contains("alueen ylläpitäjä"));
        }
    }

    @Test
    void shellAndAdministrationViewsHaveNoSeriousAccessibilityViolations() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "kymenlaakso.tenant-admin");
            problems.addAll(browser.accessibilityProblems("home", portal(""), By.id("region-name")));
            problems.addAll(browser.accessibilityProblems("region administration", portal("admin/region"), By.id("region-name")));
            problems.addAll(browser.accessibilityProblems("not found", portal("no-such-page"), By.id("region-name")));
        }
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "paakayttaja");
            problems.addAll(browser.accessibilityProblems("platform administration", portal("admin/tenants"), By.id("region-name")));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
