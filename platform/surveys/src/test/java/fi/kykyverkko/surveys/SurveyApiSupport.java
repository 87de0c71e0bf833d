package fi.kykyverkko.surveys;

import fi.kykyverkko.testkit.KeycloakTestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Makes an open-link survey in Lapland through the staff API, for the client-side tests. */
final class SurveyApiSupport {

    static final String PASSWORD = "Kykyverkko-demo-2026";

    private SurveyApiSupport() {
    }

    static String surveyBody(String instrument, boolean anonymous) {
        Instant now = Instant.now();
        return Json.createObjectBuilder().add("title", "API IT " + UUID.randomUUID().toString().substring(0, 8))
                .add("instrument", instrument).add("instrumentVersion", 0).add("audience", "ANYONE_WITH_LINK").add("access", "OPEN_LINK")
                .add("anonymous", anonymous).add("opensAt", now.minus(Duration.ofMinutes(5)).toString())
                .add("closesAt", now.plus(Duration.ofDays(30)).toString()).add("remindAfterDays", 7).add("maxReminders", 2).build().toString();
    }

    static JsonObject json(String body) {
        return (JsonObject) KeycloakTestClient.json(body);
    }
}
