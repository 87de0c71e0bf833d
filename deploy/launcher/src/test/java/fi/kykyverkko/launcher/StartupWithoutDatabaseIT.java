package fi.kykyverkko.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.stack.EmbeddedMariaDb;
import fi.kykyverkko.stack.PayaraMicroProcess;
import fi.kykyverkko.testkit.LocalHttp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal started before its database (and without Keycloak): it must not crash or show a stack trace,
 * must say exactly what it waits for, and must come up by itself once MariaDB appears.
 */
class StartupWithoutDatabaseIT {

    private static final Path STACK = Path.of(System.getProperty("launcher.jar", "target/kykyverkko-launcher.jar")).resolveSibling("stack");

    @TempDir
    Path work;

    @Test
    void waitsForMariaDbSayingWhatIsMissingAndStartsWhenItAppears() throws Exception {
        int portal = LocalHttp.freePort();
        int db = LocalHttp.freePort();
        int keycloak = LocalHttp.freePort(); // nothing listens there
        String password = "startup-it-password";
        Map<String, String> env = Map.of(
                "KYKY_DB_URL", "jdbc:mariadb://127.0.0.1:" + db + "/?useMysqlMetadata=true",
                "KYKY_DB_USER", "kykyverkko",
                "KYKY_DB_PASSWORD", password,
                "KYKY_KEYCLOAK_URL", "http://localhost:" + keycloak,
                "KYKY_TENANTS_DIR", Path.of("../../tenants").toAbsolutePath().normalize().toString());
        try (PayaraMicroProcess payara = PayaraMicroProcess.start(STACK.resolve("payara-micro.jar"), STACK.resolve("kykyverkko.war"),
                STACK.resolve("mariadb-java-client.jar"), STACK.resolve("post-boot-commands.asadmin"), portal, env,
                work.resolve("payara"), work.resolve("payara.log"))) {
            String ready = "http://localhost:" + portal + "/health/ready";
            Path log = work.resolve("payara.log");
            // (before the WAR is deployed Payara answers 503 "No Application deployed": wait for the portal's own checks)
            HttpResponse<String> waiting = await(ready, r -> r.body().contains("\"database-and-schemas\""), Duration.ofMinutes(3), log);
            assertEquals(503, waiting.statusCode());
            // the anonymous readiness says which part is DOWN, not where it is or why (that is for the log and admins)
            assertTrue(waiting.body().matches("(?s).*\"name\":\"database-and-schemas\",\"status\":\"DOWN\".*"), waiting.body());
            assertTrue(waiting.body().matches("(?s).*\"name\":\"keycloak\",\"status\":\"DOWN\".*"), waiting.body());
            assertFalse(waiting.body().contains("jdbc") || waiting.body().contains("http"), waiting.body());
            awaitLog(log, "waiting for MariaDB at jdbc:mariadb://127.0.0.1:" + db, Duration.ofMinutes(1));
            // the health checks answer while the web module is still starting, and in those seconds Payara answers
            // every page with an empty 500 (seen on a slow machine: 2-4 s between the two); a load balancer keeps
            // people away by readiness, which is DOWN then. The login page is checked once Payara says it is ready.
            awaitLog(log, ") ready in ", Duration.ofMinutes(2));
            assertFalse(java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(password),
                    "the password must never be logged (Payara logs its boot commands' results: PayaraMicroProcess quiets them)");

            // the login cannot start without Keycloak: a page saying so, with a way to try again, never a stack trace
            assertLoginUnavailable(portal, log);

            try (EmbeddedMariaDb mariaDb = EmbeddedMariaDb.start(work.resolve("mariadb"), db, "kykyverkko", password)) {
                HttpResponse<String> up = await(ready, r -> r.body().matches("(?s).*\"name\":\"database-and-schemas\",\"status\":\"UP\".*"),
                        Duration.ofMinutes(3), work.resolve("payara.log"));
                assertFalse(up.body().contains("tenant_"), "schema names are for platform admins: " + up.body());
                // the log names what is still missing
                awaitLog(log, "Keycloak is not reachable at http://localhost:" + keycloak, Duration.ofMinutes(1));
                // Keycloak is still missing, so the portal as a whole is not ready, and says why
                assertEquals(503, up.statusCode());
                // ... logins still say that they are unavailable, and the public pages work without Keycloak
                assertLoginUnavailable(portal, log);
                HttpResponse<String> catalogue = LocalHttp.get("http://localhost:" + portal + "/public/lappi/palvelut");
                assertEquals(200, catalogue.statusCode(), catalogue.body());
            }
        }
    }

    /** The front page, asked for in Swedish: 503, Retry-After, never cached, in Swedish, with a link back to itself. */
    private static void assertLoginUnavailable(int portal, Path log) throws Exception {
        HttpResponse<String> home = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://localhost:" + portal + "/")).header("Accept-Language", "sv-FI,sv;q=0.9")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, home.statusCode(), () -> "body: " + home.body() + "\n--- end of payara.log ---\n" + tail(log));
        assertEquals("30", home.headers().firstValue("Retry-After").orElse(""));
        assertEquals("no-store", home.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(home.body().contains("lang=\"sv\"") && home.body().contains("Inloggningen är inte tillgänglig just nu"), home.body());
        assertTrue(home.body().contains("<a href=\"/\">Försök igen</a>"), home.body());
        assertFalse(home.body().contains("Exception") || home.body().contains("\tat "), home.body());
    }

    /** Waits until the log holds {@code text}. */
    private static void awaitLog(Path log, String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("'" + text + "' not logged within " + timeout + "\n--- end of payara.log ---\n" + tail(log));
    }

    private static HttpResponse<String> await(String url, Predicate<HttpResponse<String>> condition, Duration timeout, Path log) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = LocalHttp.get(url);
                if (condition.test(last)) {
                    return last;
                }
            } catch (java.io.IOException notYetListening) {
                // Payara Micro is still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("condition not met within " + timeout + "; last answer: " + (last == null ? "none" : last.statusCode() + " " + last.body())
                + "\n--- end of payara.log ---\n" + tail(log));
    }

    /** The last 80 lines of Payara's log, for a failure message that explains itself. */
    private static String tail(Path log) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (java.io.IOException e) {
            return "(payara.log unreadable: " + e + ")";
        }
    }
}
