package fi.kykyverkko.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.consultations.calendar.FinnishCalendar;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The consultations API from outside, as Lapland's professional (demo user): a series, a session whose own booking
 * deadline the API gives (12:00 Helsinki time on the previous working day), strict bodies, and another region's
 * path answering 404.
 */
class ConsultationsApiIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    private static JsonObject json(String body) {
        return (JsonObject) KeycloakTestClient.json(body);
    }

    /** A working day two weeks or more ahead: its deadline has not passed. */
    private static LocalDate ahead() {
        LocalDate day = PortalTime.today().plusDays(14);
        while (!FinnishCalendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    void everySessionCarriesItsOwnBookingDeadline() throws Exception {
        String token = keycloak.userToken("lappi.professional", PASSWORD);
        String title = "API-konsultaatio " + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = send("POST", "api/tenants/lappi/consultations/series", token, Json.createObjectBuilder()
                .add("title", title).add("recurrence", "AD_HOC").add("startTime", "14:00").add("endTime", "15:00")
                .add("onlineLink", "https://teams.example.fi/api").add("capacityPerHour", 3).build().toString());
        assertEquals(200, created.statusCode(), created.body());
        long series = json(created.body()).getJsonNumber("id").longValue();
        assertEquals("12:00", json(created.body()).getString("deadlineTime"));

        LocalDate date = ahead();
        HttpResponse<String> added = send("POST", "api/tenants/lappi/consultations/series/" + series + "/sessions", token,
                Json.createObjectBuilder().add("date", date.toString()).build().toString());
        assertEquals(200, added.statusCode(), added.body());
        LocalDate deadlineDay = FinnishCalendar.workingDaysBefore(date, 1);
        assertEquals(PortalTime.instant(deadlineDay.atTime(12, 0)).toString(), json(added.body()).getString("bookingDeadline"));
        assertEquals(deadlineDay + "T12:00", json(added.body()).getString("bookingDeadlineLocal"));
        assertTrue(json(added.body()).getBoolean("bookable"));

        HttpResponse<String> listed = get("api/tenants/lappi/consultations/series/" + series + "/sessions?from=" + PortalTime.today(), token);
        assertEquals(200, listed.statusCode(), listed.body());
        JsonArray sessions = (JsonArray) KeycloakTestClient.json(listed.body());
        assertEquals(1, sessions.size());
        assertEquals(json(added.body()).getString("bookingDeadline"), sessions.getJsonObject(0).getString("bookingDeadline"));

        HttpResponse<String> holiday = send("POST", "api/tenants/lappi/consultations/series/" + series + "/sessions", token,
                Json.createObjectBuilder().add("date", LocalDate.of(date.getYear() + 1, 12, 6).toString()).build().toString());
        assertEquals(400, holiday.statusCode(), "Independence Day is no working day: " + holiday.body());
        assertTrue(holiday.body().contains("consultations.session.not-working-day"), holiday.body());
    }

    @Test
    void bodiesAreStrictAndAnotherRegionIsNotFound() throws Exception {
        String token = keycloak.userToken("lappi.professional", PASSWORD);
        HttpResponse<String> unknown = send("POST", "api/tenants/lappi/consultations/series", token,
                "{\"title\":\"X\",\"recurrence\":\"AD_HOC\",\"startTime\":\"14:00\",\"endTime\":\"15:00\",\"place\":\"Rovaniemi\",\"capacityPerHour\":3,\"clientName\":\"Matti\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        HttpResponse<String> badTime = send("POST", "api/tenants/lappi/consultations/series", token,
                "{\"title\":\"X\",\"recurrence\":\"AD_HOC\",\"startTime\":\"2pm\",\"endTime\":\"15:00\",\"place\":\"Rovaniemi\",\"capacityPerHour\":3}");
        assertEquals(400, badTime.statusCode(), badTime.body());
        assertTrue(badTime.body().contains("startTime"), badTime.body());
        assertEquals(404, get("api/tenants/kymenlaakso/consultations/series", token).statusCode(), "not a member of Kymenlaakso");
        assertEquals(404, get("api/tenants/lappi/consultations/sessions/999999999", token).statusCode());
    }

    @Test
    void theDemoYearsStatisticsNameNobody() throws Exception {
        String token = keycloak.userToken("lappi.professional", PASSWORD);
        LocalDate today = PortalTime.today();
        HttpResponse<String> stats = get("api/tenants/lappi/consultations/statistics?from=" + today.minusYears(1) + "&until=" + today, token);
        assertEquals(200, stats.statusCode(), stats.body());
        JsonObject figures = json(stats.body());
        assertTrue(figures.getJsonNumber("cases").longValue() > 20, "the demo's year of cases: " + stats.body());
        assertTrue(figures.getJsonNumber("sessionsReleased").longValue() > 0, stats.body());
        assertTrue(figures.getJsonObject("casesByReason").containsKey("SERVICE_GUIDANCE") || figures.getJsonObject("casesByReason").size() > 1);
        for (String identity : new String[] {"lappi.professional", "demo.asker", "username", "question", "description"}) {
            assertTrue(!stats.body().contains(identity), "the statistics carry no " + identity + ": " + stats.body());
        }
        assertEquals(400, get("api/tenants/lappi/consultations/statistics?from=2026-13-01&until=2027-01-01", token).statusCode());
    }

    @Test
    void keusotesPairConsultationsCountInItsStatistics() throws Exception {
        String token = keycloak.userToken("keski-uusimaa.professional", PASSWORD);
        LocalDate today = PortalTime.today();
        HttpResponse<String> stats = get("api/tenants/keski-uusimaa/consultations/statistics?from=" + today.minusYears(1) + "&until=" + today, token);
        assertEquals(200, stats.statusCode(), stats.body());
        assertTrue(json(stats.body()).getJsonNumber("pairConsultations").longValue() > 10, "the demo coordinator's year: " + stats.body());
        HttpResponse<String> listed = get("api/tenants/keski-uusimaa/consultations/pairs", token);
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("REQUESTED") && listed.body().contains("HELD"), listed.body().substring(0, Math.min(400, listed.body().length())));
        assertTrue(!listed.body().contains("demo.pair"), "no requester's username in the API");
    }
}
