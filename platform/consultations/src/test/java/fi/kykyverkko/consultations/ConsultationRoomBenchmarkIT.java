package fi.kykyverkko.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.consultations.calendar.FinnishCalendar;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.testkit.Browser;
import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How fast a change in the live room reaches everyone in it: {@code bench.participants} (50) room UIs in real headless
 * Chromium, {@code bench.browsers} (10) browser processes with an even share of tabs each (each browser its own login,
 * so its own HTTP and Vaadin session; its tabs share that session, as a person's tabs do), plus one more browser, a
 * panel member, who saves the shared notes {@code bench.rounds} (20) times, {@code bench.pause} (1500) ms apart. Every
 * participant's page records with a MutationObserver and {@code Date.now()} when each notes version appeared in it;
 * the saver's page records {@code Date.now()} just before it clicks save (all browsers run on this machine, so their
 * clocks are one). The latency of one update for one participant is the difference: the click, the server's save, the
 * bus, one read of the room, the push to each UI and the browser's drawing. Not a test: failsafe excludes
 * {@code *BenchmarkIT}; platform/consultations/README.md "Benchmark" says how to run it and what it showed. Writes
 * {@code target/benchmarks/consultation-room.md} of deploy/portal.
 */
class ConsultationRoomBenchmarkIT extends PortalClientTest {

    private static final int PARTICIPANTS = Integer.getInteger("bench.participants", 50);
    private static final int BROWSERS = Integer.getInteger("bench.browsers", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int PAUSE = Integer.getInteger("bench.pause", 1500);
    private static final List<String> PEOPLE = List.of("lappi.professional", "lappi.manager", "lappi.tenant-admin");

    /** In each participant's page: the first moment each notes version ("(versio N)") was on the page. */
    private static final String WATCH = """
            window.kykySeen = {};
            const note = () => {
              const by = document.getElementById('room-notes-by');
              const m = by && by.textContent.match(/versio (\\d+)/);
              if (m && !(m[1] in window.kykySeen)) { window.kykySeen[m[1]] = Date.now(); }
            };
            new MutationObserver(note).observe(document.body, {childList: true, subtree: true, characterData: true});
            note();
            """;

    /** In the saver's page: types round N's text, notes the time and clicks save; answers the version it expects. */
    private static final String SAVE = """
            const by = document.getElementById('room-notes-by').textContent.match(/versio (\\d+)/);
            const next = by ? Number(by[1]) + 1 : 1;
            const f = document.getElementById('room-notes');
            f.value = 'Kierros ' + arguments[0] + ': muistiinpano ilman tunnisteita.';
            f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));
            window.kykySaved = window.kykySaved || {};
            window.kykySaved[next] = Date.now();
            document.getElementById('room-notes-save').click();
            return next;
            """;

    private static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // background tabs must not be throttled: each tab is a participant watching the room
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                "--window-size=1000,900", "--lang=fi-FI", "--user-data-dir=" + Files.createTempDirectory("kyky-bench-chromium-"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(),
                options);
    }

    private void login(WebDriver driver, String username) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get(portal(""));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Browser.DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("region-name")));
    }

    private void enter(WebDriver driver, String room) {
        driver.get(room);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("room-present")));
        ((JavascriptExecutor) driver).executeScript(WATCH);
    }

    private long session() throws Exception {
        KeycloakTestClient keycloak = new KeycloakTestClient();
        String organiser = keycloak.userToken("lappi.professional", Browser.DEMO_PASSWORD);
        HttpResponse<String> series = send("POST", "api/tenants/lappi/consultations/series", organiser, Json.createObjectBuilder()
                .add("title", "Huonemittaus " + UUID.randomUUID().toString().substring(0, 6)).add("recurrence", "AD_HOC")
                .add("startTime", "14:00").add("endTime", "15:00").add("onlineLink", "https://teams.example.fi/mittaus")
                .add("capacityPerHour", 4).build().toString());
        assertEquals(200, series.statusCode(), series.body());
        long seriesId = ((JsonObject) KeycloakTestClient.json(series.body())).getJsonNumber("id").longValue();
        LocalDate day = PortalTime.today().plusDays(28);
        while (!FinnishCalendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        HttpResponse<String> added = send("POST", "api/tenants/lappi/consultations/series/" + seriesId + "/sessions", organiser,
                Json.createObjectBuilder().add("date", day.toString()).build().toString());
        assertEquals(200, added.statusCode(), added.body());
        long session = ((JsonObject) KeycloakTestClient.json(added.body())).getJsonNumber("id").longValue();
        HttpResponse<String> booked = send("POST", "api/tenants/lappi/consultations/sessions/" + session + "/cases", organiser,
                Json.createObjectBuilder().add("question", "Mittauksen tapaus").add("reason", "OTHER").build().toString());
        assertEquals(200, booked.statusCode(), booked.body());
        return session;
    }

    @Test
    void anUpdateReachingEveryParticipant() throws Exception {
        String room = portal("lappi/consultations/session/" + session() + "/room");
        List<WebDriver> browsers = new ArrayList<>();
        List<String[]> tabs = new ArrayList<>(); // browser index, window handle
        List<Double> latencies = new ArrayList<>();
        int missed = 0;
        long openedIn;
        try {
            long opening = System.nanoTime();
            for (int b = 0; b < BROWSERS; b++) {
                WebDriver driver = chromium();
                browsers.add(driver);
                login(driver, PEOPLE.get(b % PEOPLE.size()));
            }
            for (int p = 0; p < PARTICIPANTS; p++) {
                int b = p % BROWSERS;
                WebDriver driver = browsers.get(b);
                if (p >= BROWSERS) {
                    driver.switchTo().newWindow(WindowType.TAB);
                }
                enter(driver, room);
                tabs.add(new String[] {String.valueOf(b), driver.getWindowHandle()});
            }
            openedIn = (System.nanoTime() - opening) / 1_000_000;
            WebDriver saver = chromium();
            browsers.add(saver);
            login(saver, "lappi.professional");
            saver.get(room);
            WebDriverWait wait = new WebDriverWait(saver, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("room-next"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("room-notes-save")));
            Thread.sleep(3000); // the case taken up reaches every page before the first round
            for (int round = 1; round <= ROUNDS; round++) {
                // the saver's own page has the last version first: a save over an older one would be refused
                String previous = "versio " + (round - 1) + ")";
                if (round > 1) {
                    new WebDriverWait(saver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("room-notes-by")).getText().contains(previous));
                }
                ((JavascriptExecutor) saver).executeScript(SAVE, round);
                Thread.sleep(PAUSE);
            }
            Thread.sleep(3000);
            @SuppressWarnings("unchecked")
            Map<String, Object> saved = (Map<String, Object>) ((JavascriptExecutor) saver).executeScript("return window.kykySaved;");
            assertEquals(ROUNDS, saved.size(), "every round saved once: " + saved);
            for (String[] tab : tabs) {
                WebDriver driver = browsers.get(Integer.parseInt(tab[0]));
                driver.switchTo().window(tab[1]);
                @SuppressWarnings("unchecked")
                Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("return window.kykySeen;");
                for (Map.Entry<String, Object> round : saved.entrySet()) {
                    Object at = seen.get(round.getKey());
                    if (at == null) {
                        missed++;
                    } else {
                        latencies.add(((Number) at).doubleValue() - ((Number) round.getValue()).doubleValue());
                    }
                }
            }
        } finally {
            browsers.forEach(WebDriver::quit);
        }
        assertTrue(!latencies.isEmpty(), "some updates were seen");
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        String report = String.join("\n",
                "# Live room, change to visible " + LocalDateTime.now(PortalTime.ZONE).withNano(0) + " (Helsinki)",
                "",
                PARTICIPANTS + " participants' room UIs in " + BROWSERS + " headless Chromium processes (opened in " + openedIn
                        + " ms), one more browser saving the notes " + ROUNDS + " times " + PAUSE + " ms apart; "
                        + latencies.size() + " updates seen, " + missed + " never seen; ms from the click to the new version on each page.",
                "",
                "| p50 | p95 | p99 | max |",
                "|---|---|---|---|",
                String.format(Locale.ROOT, "| %.0f | %.0f | %.0f | %.0f |", at(sorted, 50), at(sorted, 95), at(sorted, 99), sorted[sorted.length - 1]),
                "");
        System.out.println(report);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("consultation-room.md"), report);
    }

    private static double at(double[] sorted, double percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100 * sorted.length) - 1)];
    }
}
