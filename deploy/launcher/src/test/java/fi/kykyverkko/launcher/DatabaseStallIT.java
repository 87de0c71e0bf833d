package fi.kykyverkko.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.stack.EmbeddedMariaDb;
import fi.kykyverkko.stack.PayaraMicroProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, "a database stall": MariaDB stopped with SIGSTOP for 20 s. Readiness must say DOWN within a few seconds
 * (and keep answering quickly while the stall lasts), log it, and be UP again by itself after SIGCONT. Runs without
 * Keycloak (the portal as a whole is then never ready), so it watches the database check's own status.
 */
class DatabaseStallIT {

    private static final Path STACK = Path.of(System.getProperty("launcher.jar", "target/kykyverkko-launcher.jar")).resolveSibling("stack");
    private static final String DB_UP = "(?s).*\"name\":\"database-and-schemas\",\"status\":\"UP\".*";
    private static final String DB_DOWN = "(?s).*\"name\":\"database-and-schemas\",\"status\":\"DOWN\".*";
    /** What "fail fast" means here: readiness DOWN this soon after the stall begins. */
    private static final Duration DOWN_WITHIN = Duration.ofSeconds(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path work;

    @Test
    void readinessFailsFastWhileMariaDbIsStoppedAndRecoversAfterwards() throws Exception {
        int portal = fi.kykyverkko.testkit.LocalHttp.freePort();
        int port = fi.kykyverkko.testkit.LocalHttp.freePort();
        String password = "stall-it-password";
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("mariadb"), port, "kykyverkko", password)) {
            Map<String, String> env = Map.of("KYKY_DB_URL", db.jdbcUrl(), "KYKY_DB_USER", "kykyverkko", "KYKY_DB_PASSWORD", password,
                    "KYKY_KEYCLOAK_URL", "http://localhost:" + fi.kykyverkko.testkit.LocalHttp.freePort(),
                    "KYKY_TENANTS_DIR", Path.of("../../tenants").toAbsolutePath().normalize().toString());
            Path log = work.resolve("payara.log");
            try (PayaraMicroProcess payara = PayaraMicroProcess.start(STACK.resolve("payara-micro.jar"), STACK.resolve("kykyverkko.war"),
                    STACK.resolve("mariadb-java-client.jar"), STACK.resolve("post-boot-commands.asadmin"), portal, env,
                    work.resolve("payara"), log)) {
                String ready = "http://localhost:" + portal + "/health/ready";
                awaitDatabase(ready, DB_UP, Duration.ofMinutes(4), log);

                long mariadbd = db.pid();
                signal("STOP", mariadbd);
                long stoppedAt = System.nanoTime();
                try {
                    awaitDatabase(ready, DB_DOWN, DOWN_WITHIN, log);
                    long downAfterMs = (System.nanoTime() - stoppedAt) / 1_000_000;
                    System.out.println("DatabaseStallIT: readiness DOWN " + downAfterMs + " ms after SIGSTOP");
                    // while the stall lasts, readiness keeps answering at once (no thread waits for the database)
                    while (System.nanoTime() - stoppedAt < Duration.ofSeconds(20).toNanos()) {
                        long t = System.nanoTime();
                        HttpResponse<String> answer = get(ready, Duration.ofSeconds(10));
                        long ms = (System.nanoTime() - t) / 1_000_000;
                        assertEquals(503, answer.statusCode());
                        assertTrue(answer.body().matches(DB_DOWN), answer.body());
                        assertTrue(ms < 4000, "readiness took " + ms + " ms during the stall");
                        Thread.sleep(1000);
                    }
                    assertTrue(Files.readString(log, StandardCharsets.ISO_8859_1).contains("did not answer the readiness check"),
                            "the stall was not logged");
                } finally {
                    signal("CONT", mariadbd);
                }
                long continuedAt = System.nanoTime();
                awaitDatabase(ready, DB_UP, Duration.ofSeconds(60), log);
                System.out.println("DatabaseStallIT: readiness UP again " + (System.nanoTime() - continuedAt) / 1_000_000
                        + " ms after SIGCONT");
            }
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal + " " + pid + " failed");
    }

    private static HttpResponse<String> get(String url, Duration timeout) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitDatabase(String url, String pattern, Duration timeout, Path log) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "none";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = get(url, Duration.ofSeconds(5));
                if (answer.body().matches(pattern)) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (java.io.IOException notYet) {
                last = notYet.toString(); // not listening yet, or no answer within 5 s
            }
            Thread.sleep(250);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        throw new AssertionError("readiness did not match " + pattern + " within " + timeout + "; last: " + last
                + "\n--- end of payara.log ---\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
    }
}
