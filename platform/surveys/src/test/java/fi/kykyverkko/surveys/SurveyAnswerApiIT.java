package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The public answer endpoint and the link page from outside the portal, without login: the same submission posted
 * twice stores one answer; a wrong answer lists its problems; an unknown link is one calm "not valid" page.
 */
class SurveyAnswerApiIT extends PortalClientTest {

    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    @Test
    void theSameSubmissionPostedTwiceStoresOneAnswer() throws Exception {
        String professional = keycloak.userToken("lappi.professional", SurveyApiSupport.PASSWORD);
        HttpResponse<String> created = send("POST", "api/tenants/lappi/surveys", professional, SurveyApiSupport.surveyBody("client-satisfaction-grade", false));
        assertEquals(200, created.statusCode(), created.body());
        long id = SurveyApiSupport.json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> opened = send("POST", "api/tenants/lappi/surveys/" + id + "/open-link", professional, null);
        assertEquals(200, opened.statusCode(), opened.body());
        String token = SurveyApiSupport.json(opened.body()).getString("token");

        String answers = "api/public/links/lappi/" + token + "/answers";
        String submission = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder().add("submissionId", submission)
                .add("answers", Json.createObjectBuilder().add("grade", Json.createArrayBuilder().add("9"))).build().toString();
        HttpResponse<String> first = send("POST", answers, null, body);
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("stored", SurveyApiSupport.json(first.body()).getString("status"));
        HttpResponse<String> second = send("POST", answers, null, body);
        assertEquals(200, second.statusCode(), second.body());
        assertEquals("already-stored", SurveyApiSupport.json(second.body()).getString("status"));

        HttpResponse<String> wrong = send("POST", answers, null, Json.createObjectBuilder().add("submissionId", UUID.randomUUID().toString())
                .add("answers", Json.createObjectBuilder().add("grade", "3")).build().toString());
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("instrument.answer.out-of-scale"), wrong.body());

        HttpResponse<String> results = send("GET", "api/tenants/lappi/surveys/" + id + "/results", professional, null);
        assertEquals(200, results.statusCode(), results.body());
        JsonObject read = SurveyApiSupport.json(results.body());
        assertEquals(1, read.getJsonNumber("responses").longValue(), results.body());
        assertEquals("9", read.getJsonObject("distributions").getJsonObject("grade").keySet().stream()
                .filter(k -> read.getJsonObject("distributions").getJsonObject("grade").getJsonNumber(k).longValue() == 1).findFirst().orElseThrow());
    }

    @Test
    void theLinkPageOpensWithoutLoginAndAnUnknownLinkIsNotValid() throws Exception {
        String professional = keycloak.userToken("lappi.professional", SurveyApiSupport.PASSWORD);
        long id = SurveyApiSupport.json(send("POST", "api/tenants/lappi/surveys", professional,
                SurveyApiSupport.surveyBody("work-ability-score", false)).body()).getJsonNumber("id").longValue();
        String token = SurveyApiSupport.json(send("POST", "api/tenants/lappi/surveys/" + id + "/open-link", professional, null).body()).getString("token");
        HttpResponse<String> page = get("l/lappi/" + token, null);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("name=\"a.current\""), page.body());
        assertTrue(page.body().contains("Selkosuomeksi"));
        HttpResponse<String> unknown = get("l/lappi/" + "A".repeat(43), null);
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Linkki ei ole enää voimassa"), unknown.body());
        assertEquals(404, send("POST", "api/public/links/lappi/" + "B".repeat(43) + "/answers", null,
                Json.createObjectBuilder().add("submissionId", UUID.randomUUID().toString()).add("answers", Json.createObjectBuilder()).build().toString()).statusCode());
        assertEquals(200, get("l/lappi", null).statusCode(), "the short-code entry page");
    }

    @Test
    void aTypedShortCodeOpensTheSurveyAndItsAnswerIsStored() throws Exception {
        String professional = keycloak.userToken("lappi.professional", SurveyApiSupport.PASSWORD);
        long id = SurveyApiSupport.json(send("POST", "api/tenants/lappi/surveys", professional,
                SurveyApiSupport.surveyBody("client-satisfaction-grade", false)).body()).getJsonNumber("id").longValue();
        String code = SurveyApiSupport.json(send("POST", "api/tenants/lappi/surveys/" + id + "/open-link", professional, null).body()).getString("shortCode");
        assertEquals(9, code.length(), code);
        HttpResponse<String> form = form("l/lappi", "code=" + code.toLowerCase().replace("-", ""));
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("name=\"a.grade\""), form.body());
        assertTrue(form.body().contains("name=\"code\""), "the code goes on in the form body");
        Matcher key = Pattern.compile("name=\"submission\" value=\"([A-Za-z0-9-]+)\"").matcher(form.body());
        assertTrue(key.find());
        String answer = "code=" + code + "&submission=" + key.group(1) + "&lang=fi&a.grade=7";
        HttpResponse<String> thanks = form("l/lappi", answer);
        assertEquals(200, thanks.statusCode(), thanks.body());
        assertTrue(thanks.body().contains("id=\"thanks\""), thanks.body());
        assertTrue(form("l/lappi", answer).body().contains("id=\"thanks\""), "a double submit says thank you again");
        assertEquals(1, SurveyApiSupport.json(send("GET", "api/tenants/lappi/surveys/" + id + "/results", professional, null).body())
                .getJsonNumber("responses").longValue(), "and stores one answer");
        HttpResponse<String> wrong = form("l/lappi", "code=ZZZZ-ZZZZ");
        assertEquals(404, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"code-error\""), wrong.body());
    }

    private HttpResponse<String> form(String path, String body) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
