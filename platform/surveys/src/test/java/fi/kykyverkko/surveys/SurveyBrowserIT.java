package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The respondent's page on a 360 px phone: no serious or critical axe-core violation, plain Finnish, an answer sent. */
class SurveyBrowserIT extends PortalClientTest {

    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    @Test
    void theRespondentPageAt360PixelsIsAccessibleSpeaksPlainFinnishAndStoresTheAnswer() throws Exception {
        String professional = keycloak.userToken("lappi.professional", SurveyApiSupport.PASSWORD);
        long id = SurveyApiSupport.json(send("POST", "api/tenants/lappi/surveys", professional,
                SurveyApiSupport.surveyBody("client-satisfaction-grade", false)).body()).getJsonNumber("id").longValue();
        String token = SurveyApiSupport.json(send("POST", "api/tenants/lappi/surveys/" + id + "/open-link", professional, null).body()).getString("token");
        try (Browser phone = new Browser(360, 780, "fi")) {
            phone.open(portal("l/lappi/" + token));
            phone.waitFor(By.id("send"));
            List<String> serious = phone.accessibilityViolations().stream()
                    .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                    .map(v -> v.get("id") + " " + v.get("nodes")).toList();
            assertEquals(List.of(), serious, "serious or critical axe-core violations at 360 px");
            assertFalse(phone.scrollsSideways(), "the page scrolls sideways at 360 px");

            phone.click(By.id("plain-finnish"));
            phone.waitForText(By.id("intro"), "Kaikkiin kysymyksiin ei ole pakko vastata.");
            String page = phone.text(By.tagName("main"));
            assertTrue(page.contains("Anna palvelulle numero 4–10. 4 on huonoin ja 10 on paras."), page);
            assertTrue(page.contains("Mitä muuta haluat kertoa?"), page);
            assertEquals(List.of(), phone.accessibilityViolations().stream()
                    .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).map(v -> v.get("id")).toList());

            phone.click(By.id("send"));
            phone.waitFor(By.id("problems")); // nothing chosen: the required grade is pointed out
            phone.click(By.cssSelector("label[for='f-grade-9']"));
            phone.click(By.id("send"));
            phone.waitForText(By.id("thanks"), "Vastauksesi on tallessa.");
        }
        java.net.http.HttpResponse<String> results = send("GET", "api/tenants/lappi/surveys/" + id + "/results", professional, null);
        assertEquals(1, SurveyApiSupport.json(results.body()).getJsonNumber("responses").longValue());
    }
}
