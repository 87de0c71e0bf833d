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
            browser.open(portal("lappi/admin/region"));
            browser.waitFor(By.id("not-found"));
            browser.open(portal("no-such-page"));
            browser.waitFor(By.id("not-found"));
        }
    }

    @Test
    void aNetworkMemberOfTwoRegionsSwitchesBetweenThemAndEveryAddressNamesItsRegion() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "kela.asiantuntija");
            assertEquals(KYMENLAAKSO, browser.text(By.id("region-name")));
            assertTrue(browser.driver().getCurrentUrl().endsWith("/kymenlaakso"), browser.driver().getCurrentUrl());
            // a group's address, as it would be pasted into an e-mail
            browser.open(portal("kymenlaakso/networks/groups"));
            String group = browser.waitFor(By.cssSelector("#groups-list a[href*='networks/group/']")).getAttribute("href");
            assertTrue(group.contains("/kymenlaakso/networks/group/"), group);
            browser.open(group);
            String heading = browser.text(By.id("group-heading"));

            browser.click(By.id("region-link-lappi"));
            browser.waitForText(By.id("region-name"), LAPPI);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/lappi"), browser.driver().getCurrentUrl());
            assertTrue(browser.text(By.id("where")).contains("verkoston jäsen"));
            browser.screenshot(java.nio.file.Path.of("target/screenshots/shell.png"));

            // the link still opens the Kymenlaakso group, switches there and says so
            browser.open(group);
            assertEquals(heading, browser.text(By.id("group-heading")));
            browser.waitForText(By.id("region-name"), KYMENLAAKSO);
            browser.waitForText(By.tagName("vaadin-notification-card"), "Olet nyt alueella " + KYMENLAAKSO);
        }
        try (Browser browser = new Browser()) {
            // someone of another region gets the same answer as for a page that does not exist
            browser.login(portal(""), "lappi.professional");
            browser.open(portal("kymenlaakso/networks/groups"));
            browser.waitFor(By.id("not-found"));
            assertEquals(LAPPI, browser.text(By.id("region-name")));
        }
    }

    @Test
    void theNextLoginStartsInTheRegionLastWorkedIn() throws Exception {
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "kela.asiantuntija");
            browser.open(portal("lappi"));
            browser.waitForText(By.id("region-name"), LAPPI);
            browser.click(By.id("logout"));
            browser.waitFor(By.id("username"));
            browser.login(portal(""), "kela.asiantuntija");
            browser.waitForText(By.id("region-name"), LAPPI);
            browser.open(portal("kymenlaakso"));
            browser.waitForText(By.id("region-name"), KYMENLAAKSO);
        }
    }

    @Test
    void onAPhoneTheHeaderFitsAndTheMenuHoldsLanguageAndLogout() throws Exception {
        try (Browser browser = Browser.phone()) {
            browser.login(portal(""), "kela.asiantuntija");
            assertEquals(390L, ((Number) browser.script("return window.innerWidth")).longValue(), "the window is phone-sized");
            assertTrue(browser.onScreen(By.id("region-name")), "region name on screen");
            assertTrue(browser.onScreen(By.id("menu-toggle")), "menu button on screen");
            assertFalse(browser.scrollsSideways(), "the front page scrolls sideways");
            assertFalse(browser.onScreen(By.id("logout")), "the drawer starts closed on a phone");

            browser.click(By.id("menu-toggle"));
            browser.waitUntil("const r = document.getElementById('logout').getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth");
            assertTrue(browser.onScreen(By.id("language-switcher")), "language on screen in the open menu");
            assertTrue(browser.onScreen(By.id("tenant-switcher")), "region switcher on screen in the open menu");
            browser.screenshot(java.nio.file.Path.of("target/screenshots/shell-phone-menu.png"));
            browser.choose("language-switcher", "English");
            browser.waitForText(By.id("welcome"), "Welcome");
            assertFalse(browser.scrollsSideways());

            browser.click(By.id("menu-toggle"));
            browser.click(By.id("logout"));
            browser.waitFor(By.id("username"));
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

            browser.click(By.id("logout"));
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

            browser.click(By.id("logout"));
            browser.waitFor(By.id("username"));
            browser.login(portal(""), "paakayttaja");
            // the new region's address opens it for its creator (who may be in older test regions too)
            browser.open(portal(id));
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
            problems.addAll(browser.accessibilityProblems("region administration", portal("kymenlaakso/admin/region"), By.id("region-name")));
            problems.addAll(browser.accessibilityProblems("not found", portal("no-such-page"), By.id("region-name")));
        }
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "paakayttaja");
            problems.addAll(browser.accessibilityProblems("platform administration", portal("admin/tenants"), By.id("region-name")));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
