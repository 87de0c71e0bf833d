package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The client's self-assessment page on a 360 px phone, with the link the Lappi demo mailed to its second demo client:
 * no serious or critical axe-core violation on the form (plain Finnish) nor on the thank-you page with the chart, no
 * sideways scroll.
 */
class SelfAssessmentBrowserIT extends PortalClientTest {

    private static List<String> serious(Browser browser, String page) throws Exception {
        Thread.sleep(300);
        return browser.accessibilityViolations().stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> page + ": " + v.get("id") + " " + v.get("nodes")).toList();
    }

    @Test
    void theSelfAssessmentPageAt360PixelsIsAccessibleInPlainFinnishWithTheChart() throws Exception {
        String link = SelfAssessmentLinkIT.linkMailedTo("asiakas2.demo@example.fi");
        try (Browser phone = new Browser(360, 780, "fi")) {
            phone.open(portal(link));
            phone.waitFor(By.id("send"));
            assertEquals(List.of(), serious(phone, "form"));
            assertFalse(phone.scrollsSideways(), "the form scrolls sideways at 360 px");

            phone.click(By.id("plain-finnish"));
            phone.waitForText(By.id("intro"), "Kysymykset kertovat, miten voit.");
            assertEquals(List.of(), serious(phone, "plain form"));

            for (String item : List.of("cheerful", "calm", "active", "rested", "interest")) {
                phone.click(By.cssSelector("label[for='f-" + item + "-4']"));
            }
            phone.click(By.id("send"));
            phone.waitFor(By.id("own-chart"));
            String page = phone.text(By.tagName("main"));
            assertTrue(page.contains("Miten voit nyt ja ennen"), "the plain-Finnish chart heading: " + page);
            assertTrue(phone.text(By.id("own-chart-wellbeing")).contains("80"), "4 × 5 = 20 raw, × 4 = 80: " + page);
            assertEquals(List.of(), serious(phone, "thanks with chart"));
            assertFalse(phone.scrollsSideways(), "the chart scrolls sideways at 360 px");
        }
    }
}
