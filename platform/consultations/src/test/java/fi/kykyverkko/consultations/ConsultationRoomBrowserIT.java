package fi.kykyverkko.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.consultations.calendar.FinnishCalendar;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The live room in three Chromium sessions through the real Keycloak login: two experts (Lapland's Kela decision
 * expert on the hour's panel, and the manager, an organiser) and an asker (the network member, who booked case 1) on
 * a session made for the test. Each sees the others' changes without reloading: who came in and who left, the next
 * case taken up, a notes save (and the identity guard refusing and marking a hetu in the notes, nothing saved), the
 * outcome and follow-up, the case marked handled. An asker sees no other asker's question; someone with neither a
 * seat on the panel nor a case gets "not found". axe-core finds no serious or critical violation, and the room fits a
 * 360 px phone.
 */
class ConsultationRoomBrowserIT extends PortalClientTest {

    private static final String PASSWORD = Browser.DEMO_PASSWORD;
    /** Set in each window when it enters the room: a reload would drop it. */
    private static final String MARK = "window.kykyRoomMark = 'in the room'";
    private static final String STILL_MARKED = "return window.kykyRoomMark === 'in the room'";

    private final KeycloakTestClient keycloak = new KeycloakTestClient();

    private static JsonObject json(String body) {
        return (JsonObject) KeycloakTestClient.json(body);
    }

    private static List<String> seriousOnly(List<String> problems) {
        return problems.stream().filter(p -> p.contains(": serious ") || p.contains(": critical ")).toList();
    }

    private static LocalDate ahead() {
        LocalDate day = PortalTime.today().plusDays(21);
        while (!FinnishCalendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** A session of a series of its own with the Kela expert on its panel, and two cases: the network member's (1) and the professional's (2). */
    private long session() throws Exception {
        String organiser = keycloak.userToken("lappi.professional", PASSWORD);
        HttpResponse<String> all = get("api/tenants/lappi/consultations/series", organiser);
        assertEquals(200, all.statusCode(), all.body());
        long demo = ((JsonArray) KeycloakTestClient.json(all.body())).stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("title").equals("Konsultaatiotunti")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> demoPanel = get("api/tenants/lappi/consultations/series/" + demo + "/panel", organiser);
        long kela = ((JsonArray) KeycloakTestClient.json(demoPanel.body())).stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("profession").equals("Kelan ratkaisuasiantuntija")).findFirst().orElseThrow()
                .getJsonNumber("personId").longValue();
        HttpResponse<String> series = send("POST", "api/tenants/lappi/consultations/series", organiser, Json.createObjectBuilder()
                .add("title", "Huonetesti " + UUID.randomUUID().toString().substring(0, 6)).add("recurrence", "AD_HOC")
                .add("startTime", "14:00").add("endTime", "15:00").add("onlineLink", "https://teams.example.fi/huone")
                .add("capacityPerHour", 4).build().toString());
        assertEquals(200, series.statusCode(), series.body());
        long seriesId = json(series.body()).getJsonNumber("id").longValue();
        HttpResponse<String> panel = send("PUT", "api/tenants/lappi/consultations/series/" + seriesId + "/panel", organiser,
                "[{\"personId\":" + kela + ",\"profession\":\"Kelan ratkaisuasiantuntija\"}]");
        assertEquals(200, panel.statusCode(), panel.body());
        HttpResponse<String> added = send("POST", "api/tenants/lappi/consultations/series/" + seriesId + "/sessions", organiser,
                Json.createObjectBuilder().add("date", ahead().toString()).build().toString());
        assertEquals(200, added.statusCode(), added.body());
        long session = json(added.body()).getJsonNumber("id").longValue();
        book(session, keycloak.userToken("lappi.network-member", PASSWORD), "Huonekysymys: kuka ohjaa kuntoutukseen?");
        book(session, organiser, "Toisen kysyjän kysymys: työkokeilun jatko?");
        return session;
    }

    private void book(long session, String token, String question) throws Exception {
        HttpResponse<String> booked = send("POST", "api/tenants/lappi/consultations/sessions/" + session + "/cases", token,
                Json.createObjectBuilder().add("question", question).add("reason", "SERVICE_GUIDANCE")
                        .add("description", "Noin 50-vuotias, pitkä sairausloma takana.").build().toString());
        assertEquals(200, booked.statusCode(), booked.body());
    }

    private static void waitForValue(Browser browser, String id, String text) {
        browser.waitUntil("const f = document.getElementById(arguments[0]); return !!f && (f.value || '').includes(arguments[1]);", id, text);
    }

    private static void waitUntilGone(Browser browser, String id, String text) {
        browser.waitUntil("const e = document.getElementById(arguments[0]); return !!e && !e.textContent.includes(arguments[1]);", id, text);
    }

    @Test
    void twoExpertsAndAnAskerSeeEachOthersChangesWithoutReloading() throws Exception {
        long session = session();
        String room = portal("lappi/consultations/session/" + session + "/room");
        List<String> problems = new ArrayList<>();
        try (Browser kela = new Browser(); Browser manager = new Browser(); Browser asker = new Browser(360, 780)) {
            // the panel's expert comes in from the session page
            kela.login(portal(""), "kela.asiantuntija");
            kela.open(portal("lappi/consultations/session/" + session));
            kela.click(By.id("join-room"));
            kela.waitForText(By.id("room-present"), "Kaisa");
            kela.script(MARK);
            assertTrue(kela.driver().findElements(By.id("room-current-case")).isEmpty(), "nothing is handled yet");

            // the manager comes in: the expert sees her arrive
            manager.login(portal(""), "lappi.manager");
            manager.open(room);
            manager.waitForText(By.id("room-present"), "Maija");
            manager.script(MARK);
            kela.waitForText(By.id("room-present"), "Maija");

            // the asker comes in from the session page too: both experts see her
            asker.login(portal(""), "lappi.network-member");
            asker.open(portal("lappi/consultations/session/" + session));
            asker.click(By.id("join-room"));
            asker.waitForText(By.id("room-present"), "Nina");
            asker.script(MARK);
            kela.waitForText(By.id("room-present"), "Nina");
            manager.waitForText(By.id("room-present"), "Nina");
            assertTrue(asker.driver().findElements(By.id("room-next")).isEmpty(), "an asker does not run the room");
            assertTrue(asker.text(By.id("room-queue")).contains("(toisen kysyjän tapaus)"), asker.text(By.id("room-queue")));
            assertFalse(asker.text(By.id("room-queue")).contains("Toisen kysyjän kysymys"), "no other asker's question");

            // the manager takes up case 1: the expert and the asker see it
            manager.click(By.id("room-next"));
            kela.waitForText(By.id("room-current-case"), "Huonekysymys");
            asker.waitForText(By.id("room-current-case"), "Tapaus 1");
            assertTrue(kela.driver().findElements(By.id("room-next")).isEmpty(), "one case at a time");

            // the identity guard refuses notes with a hetu, marks it, and nothing is saved
            asker.type("room-notes", "Asiakas 131052-308T ohjataan kuntoutukseen.");
            asker.click(By.id("room-notes-save"));
            asker.waitFor(By.cssSelector("#notes-found mark"));
            assertEquals("131052-308T", asker.text(By.cssSelector("#notes-found mark")));
            assertTrue(kela.text(By.id("room-notes-by")).contains("ei ole vielä tallennettu"), kela.text(By.id("room-notes-by")));

            // the asker saves anonymous notes: both experts see them and who saved
            asker.type("room-notes", "Ohjataan ammatilliseen kuntoutukseen; Kelan hakemus ensin.");
            asker.click(By.id("room-notes-save"));
            kela.waitForText(By.id("room-notes-by"), "Nina Verkostojäsen tallensi");
            waitForValue(kela, "room-notes", "Kelan hakemus ensin");
            waitForValue(manager, "room-notes", "Kelan hakemus ensin");
            // the marks went with the text: nothing of them is on the screen (Vaadin leaves a hidden element's children as they were)
            asker.waitUntil("const f = document.getElementById('notes-found'); return !f || f.offsetParent === null || !f.querySelector('mark')");

            // the expert has typed over the notes without saving when the manager saves: the expert's text stays, she is told
            kela.type("room-notes", "Kaisan luonnos");
            manager.type("room-notes", "Ohjataan ammatilliseen kuntoutukseen; Kelan hakemus ensin. Jatko: koordinaattori.");
            manager.click(By.id("room-notes-save"));
            kela.waitForText(By.id("room-notes-changed"), "Maija Esihenkilö tallensi");
            waitForValue(kela, "room-notes", "Kaisan luonnos");
            waitForValue(asker, "room-notes", "Jatko: koordinaattori");
            kela.click(By.id("room-notes-save"));
            kela.waitFor(By.cssSelector("vaadin-text-area#room-notes[invalid]"));
            assertTrue(asker.text(By.id("room-notes-by")).contains("Maija Esihenkilö"), "the refused save changed nothing");
            kela.click(By.id("room-notes-load"));
            waitForValue(kela, "room-notes", "Jatko: koordinaattori");

            // the expert records the outcome and follow-up: the others see it
            kela.click(By.id("room-outcome"));
            kela.pick("outcome-choice", "Ratkesi konsultaatiossa");
            kela.type("outcome-follow-up", "Koordinaattori soittaa viikon päästä");
            problems.addAll(seriousOnly(kela.accessibilityProblems("room outcome dialog")));
            kela.click(By.id("save-outcome"));
            manager.waitForText(By.id("room-outcome-shown"), "Ratkesi konsultaatiossa");
            asker.waitForText(By.id("room-outcome-shown"), "Koordinaattori soittaa");

            // the expert marks it handled: the queue moves on for everyone
            kela.click(By.id("room-handled"));
            manager.waitForText(By.id("room-next"), "(2)");
            asker.waitFor(By.id("room-no-current"));
            asker.waitForText(By.id("room-queue"), "Käsitelty");

            problems.addAll(seriousOnly(kela.accessibilityProblems("room (expert)")));
            problems.addAll(seriousOnly(asker.accessibilityProblems("room (asker, phone)")));
            assertFalse(asker.scrollsSideways(), "the room fits the phone");

            // the asker leaves: the experts see her go
            asker.open(portal("lappi/consultations"));
            kela.waitForText(By.id("room-present"), "Maija");
            waitUntilGone(kela, "room-present", "Nina");
            waitUntilGone(manager, "room-present", "Nina");

            for (Browser b : List.of(kela, manager)) {
                assertEquals(Boolean.TRUE, b.script(STILL_MARKED), "every change came without a reload");
            }
        }
        // neither on the panel nor with a case: the same "not found" as any other view
        try (Browser outsider = new Browser()) {
            outsider.login(portal(""), "lappi.panel-facilitator");
            outsider.open(room);
            outsider.waitFor(By.id("not-found"));
            assertTrue(outsider.driver().findElements(By.id("room-present")).isEmpty());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
