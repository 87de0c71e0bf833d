package fi.kykyverkko.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The settings view in Chromium through the real Keycloak login, read only (Lapland's demo settings stay as they
 * are): the manager's sections and a service's dialog, and the data protection officer's retention section, have no
 * serious or critical axe-core violation at 1280 px and on a 360 px phone, nothing scrolls sideways, and every
 * icon-only move button has a name a screen reader says.
 */
class ClientsSettingsBrowserIT extends PortalClientTest {

    private static List<String> seriousOnly(List<String> problems) {
        return problems.stream().filter(p -> p.contains(": serious ") || p.contains(": critical ")).toList();
    }

    private void asManager(Browser browser, String width, List<String> problems) throws Exception {
        problems.addAll(seriousOnly(browser.accessibilityProblems("settings " + width, portal("lappi/clients/settings"),
                By.id("settings-phases"))));
        assertFalse(browser.scrollsSideways(), "the settings fit the screen at " + width);
        assertTrue(browser.text(By.id("settings-phases")).contains("Päättynyt"), browser.text(By.id("settings-phases")));
        Object unnamed = browser.script("return [...document.querySelectorAll('#settings-phases vaadin-button')]"
                + ".filter(b => !(b.getAttribute('aria-label') || '').trim()).length");
        assertEquals(0L, ((Number) unnamed).longValue(), "every move button has a name");
        assertEquals("true", String.valueOf(browser.script("return document.getElementById('settings-retention-years').readonly")),
                "the manager reads the retention period only");

        browser.click(By.cssSelector("#settings-services button.kv-open"));
        browser.waitFor(By.id("service-name-fi"));
        problems.addAll(seriousOnly(browser.accessibilityProblems("service dialog " + width)));
        assertFalse(browser.scrollsSideways(), "the dialog fits the screen at " + width);
        browser.click(By.id("service-close"));
    }

    @Test
    void theManagersAndTheDataProtectionOfficersSettingsOnDesktopAndPhone() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.login(portal(""), "lappi.manager");
            asManager(browser, "1280", problems);
        }
        try (Browser browser = new Browser(360, 780)) {
            browser.login(portal(""), "lappi.manager");
            asManager(browser, "360 px", problems);
        }
        try (Browser browser = new Browser(360, 780)) {
            browser.login(portal(""), "lappi." + ClientRoles.DATA_PROTECTION.name());
            problems.addAll(seriousOnly(browser.accessibilityProblems("settings, data protection 360 px",
                    portal("lappi/clients/settings"), By.id("settings-retention-run"))));
            assertFalse(browser.scrollsSideways(), "the retention section fits the phone");
            assertEquals("false", String.valueOf(browser.script("return !!document.getElementById('settings-retention-years').readonly")));
            assertEquals(Boolean.TRUE, browser.script("return document.getElementById('settings-service-new') === null"),
                    "the data protection officer adds no services");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
