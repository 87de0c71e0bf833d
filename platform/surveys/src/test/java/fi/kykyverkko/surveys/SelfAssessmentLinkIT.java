package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestMailbox;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The client's self-assessment link from outside, without login, with the link the Lappi demo mailed to its first
 * demo client: the WHO-5 form, problems beside the items, the answer stored once though posted twice, the new value
 * in the client's own chart on the thank-you page, the spent link then the calm "not valid" page; and the demo's
 * survey mails (invitations, one reminder).
 */
class SelfAssessmentLinkIT extends PortalClientTest {

    /** The demo's first client's address (SurveysDemoData.CLIENT_EMAILS): the test side does not load the bean. */
    static final String CLIENT = "asiakas.demo@example.fi";
    private static final Pattern LINK = Pattern.compile("/l/lappi/[A-Za-z0-9_-]{43}");
    private static final Pattern KEY = Pattern.compile("name=\"assessment-submission\" value=\"([A-Za-z0-9-]+)\"");

    static String linkMailedTo(String address) throws InterruptedException {
        List<TestMailbox.Received> mails = TestMailbox.get().await(address, 1, Duration.ofSeconds(120));
        assertEquals(1, mails.size(), "the demo mails each client's link once: " + mails);
        Matcher m = LINK.matcher(mails.get(0).text());
        assertTrue(m.find(), mails.get(0).text());
        return m.group().substring(1);
    }

    @Test
    void theClientAnswersWho5OnceAndSeesTheNewValueInTheirOwnChart() throws Exception {
        String link = linkMailedTo(CLIENT);
        HttpResponse<String> form = get(link, null);
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("name=\"a.cheerful\""), "the WHO-5 items: " + form.body());
        assertTrue(form.body().contains("id=\"plain-finnish\""), "the plain-Finnish switch");
        assertFalse(form.body().contains("id=\"own-chart\""), "nothing answered yet: no chart");
        assertTrue(get(link + "?lang=fi-plain", null).body().contains("Kysymykset kertovat, miten voit."), "the plain-Finnish intro");
        Matcher key = KEY.matcher(form.body());
        assertTrue(key.find(), form.body());

        HttpResponse<String> missing = post(link, "assessment-submission=" + key.group(1) + "&lang=fi&a.cheerful=3");
        assertEquals(422, missing.statusCode(), "required items left empty");
        assertTrue(missing.body().contains("id=\"problems\""), missing.body());

        // 3+2+4+1+2 = 12 raw, × 4 = 48: "low" (Heikko hyvinvointi)
        String answers = "assessment-submission=" + key.group(1) + "&lang=fi&a.cheerful=3&a.calm=2&a.active=4&a.rested=1&a.interest=2";
        HttpResponse<String> thanks = post(link, answers);
        assertEquals(200, thanks.statusCode(), thanks.body());
        assertTrue(thanks.body().contains("id=\"thanks\""), thanks.body());
        String wellbeing = table(thanks.body(), "own-chart-wellbeing");
        assertTrue(wellbeing.contains("<td>48</td>") && wellbeing.contains("Heikko hyvinvointi"), wellbeing);
        assertTrue(table(thanks.body(), "own-chart-raw").contains("<td>12</td>"), thanks.body());
        assertTrue(thanks.body().contains("<svg") && thanks.body().contains("role=\"img\""), "the chart itself");

        HttpResponse<String> again = post(link, answers.replace("a.cheerful=3", "a.cheerful=5"));
        assertEquals(200, again.statusCode(), "a repeated post says thank you again: " + again.body());
        assertTrue(again.body().contains("id=\"thanks\""), again.body());
        assertTrue(table(again.body(), "own-chart-wellbeing").contains("<td>48</td>"), "the first answer stays: " + again.body());

        HttpResponse<String> spent = get(link, null);
        assertEquals(404, spent.statusCode(), "a submitted link is spent");
        assertTrue(spent.body().contains("Linkki ei ole enää voimassa"), spent.body());
        HttpResponse<String> unknown = post("l/lappi/" + "C".repeat(43), answers);
        assertEquals(404, unknown.statusCode(), "a post to an unknown token is no retry");
        assertFalse(unknown.body().contains("own-chart"), unknown.body());
    }

    @Test
    void theDemoSurveyMailedThreeInvitationsAndOneReminder() throws Exception {
        assertEquals(1, TestMailbox.get().await("kumppani.yksi@example.fi", 1, Duration.ofSeconds(120)).size(), "answered: no reminder");
        List<TestMailbox.Received> reminded = TestMailbox.get().await("kumppani.kaksi@example.fi", 2, Duration.ofSeconds(120));
        assertEquals(2, reminded.size(), "invitation and one reminder: " + reminded);
        assertEquals(1, TestMailbox.get().await("kumppani.kolme@example.fi", 1, Duration.ofSeconds(120)).size());
        Thread.sleep(1000);
        assertEquals(1, TestMailbox.get().messagesFor("kumppani.yksi@example.fi").size());
        assertEquals(2, TestMailbox.get().messagesFor("kumppani.kaksi@example.fi").size());
    }

    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no table " + id + " in " + html);
        return html.substring(start, html.indexOf("</table>", start));
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal(path))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
