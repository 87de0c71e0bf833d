package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestMailbox;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The whole flow in browsers: a panel facilitator makes a survey in the builder and invites four people; three answer
 * from their invitation mails on phone-sized windows; "send reminders now" reminds the fourth only; the rate reads 3/4.
 */
class SurveyFlowBrowserIT extends PortalClientTest {

    private static final Pattern LINK = Pattern.compile("/l/lappi/[A-Za-z0-9_-]{43}");

    private static String linkIn(TestMailbox.Received mail) {
        Matcher m = LINK.matcher(mail.text());
        assertTrue(m.find(), mail.text());
        return m.group().substring(1);
    }

    private static List<String> seriousProblems(Browser browser, String page) throws Exception {
        Thread.sleep(500);
        return browser.accessibilityViolations().stream().filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> page + ": " + v.get("id") + " " + v.get("nodes")).toList();
    }

    @Test
    void aFacilitatorInvitesFourThreeAnswerOnPhonesAndTheFourthIsReminded() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> people = List.of(1, 2, 3, 4).stream().map(i -> "flow" + i + "." + tag + "@example.fi").toList();
        try (Browser staff = new Browser(1280, 1000, "fi")) {
            staff.login(portal(""), "lappi.panel-facilitator");
            staff.open(portal("lappi/surveys/new"));
            staff.waitFor(By.id("save-survey"));
            List<String> serious = new java.util.ArrayList<>(seriousProblems(staff, "builder"));
            staff.click(By.id("instrument"));
            staff.click(By.xpath("//vaadin-select-item[starts-with(normalize-space(.), 'Asiakastyytyväisyys kouluarvosanana')]"));
            staff.type("title", "Raadin palaute " + tag);
            staff.click(By.id("save-survey"));
            staff.waitFor(By.id("addresses"));
            staff.type("addresses", String.join("\n", people));
            staff.click(By.id("send-invitations"));
            staff.waitForText(By.id("response-rate"), "0/4");
            staff.waitFor(By.id("invite-report"));
            serious.addAll(seriousProblems(staff, "survey page"));

            for (String person : people.subList(0, 3)) {
                List<TestMailbox.Received> mails = TestMailbox.get().await(person, 1, Duration.ofSeconds(120));
                assertEquals(1, mails.size(), person);
                try (Browser phone = new Browser(360, 780, "fi")) {
                    phone.open(portal(linkIn(mails.get(0))));
                    phone.click(By.cssSelector("label[for='f-grade-8']"));
                    phone.click(By.id("send"));
                    phone.waitForText(By.id("thanks"), "Vastauksesi on tallennettu.");
                }
            }
            staff.driver().navigate().refresh();
            staff.waitForText(By.id("response-rate"), "3/4");
            staff.click(By.id("remind-now"));
            staff.waitForText(By.id("remind-report"), "1");
            assertEquals(List.of(), serious, "serious or critical axe-core violations in the staff views");
        }
        List<TestMailbox.Received> fourth = TestMailbox.get().await(people.get(3), 2, Duration.ofSeconds(120));
        assertEquals(2, fourth.size(), "the invitation and one reminder");
        assertTrue(fourth.stream().anyMatch(m -> m.subject().startsWith("Muistutus:")), fourth.toString());
        for (String answered : people.subList(0, 3)) {
            assertEquals(1, TestMailbox.get().messagesFor(answered).size(), answered + " is not reminded");
        }
    }
}
