package fi.kykyverkko.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.testkit.KeycloakTestClient;
import fi.kykyverkko.testkit.PortalClientTest;
import fi.kykyverkko.testkit.TestStack;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "faults survived", on the shared deployment's own MariaDB (the tests' JVM runs it).
 *
 * <p>Database down under load: MariaDB is killed (SIGKILL, as a crash or a power cut) while people write
 * through the API, and started again on the same data. Every write the portal acknowledged must be there afterwards
 * (InnoDB's durability, and no acknowledgement before the commit); every write refused meanwhile gets a clear JSON
 * answer saying to try again (or, when Keycloak cannot find the token's session in the same dead database, the API's
 * JSON 401), never an HTML page, an empty body or a 500; and the portal serves writes again by
 * itself, without a restart. It prints what it saw.
 *
 * <p>Database read-only (what a full disk or a failover leaves): a write is refused with the same clear answer, nothing
 * of it is stored, reads go on, and once writes are taken again the same write succeeds.
 */
class DatabaseFaultsIT extends PortalClientTest {

    private static final String PASSWORD = "Kykyverkko-demo-2026";
    private static final int WRITERS = 4;
    private static final Duration BEFORE = Duration.ofSeconds(4);
    private static final Duration DOWN = Duration.ofSeconds(8);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

    @Test
    void acknowledgedWritesSurviveAKilledDatabaseAndTheRestAreToldToTryAgain() throws Exception {
        String token = new KeycloakTestClient().userToken("lappi.professional", PASSWORD);
        String run = Long.toString(System.nanoTime(), 36);
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>(); // organisation code → HTTP status
        ConcurrentLinkedQueue<String> unclear = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicBoolean databaseBack = new AtomicBoolean(false);
        AtomicInteger okAfterRestart = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    String code = "it-kill-" + run + "-" + writer + "-" + n;
                    HttpResponse<String> answer = send("PUT", "api/tenants/lappi/organisations/" + code, token,
                            "{\"nameFi\": \"Kaatumatesti " + writer + "-" + n + "\", \"type\": \"NGO\", \"municipalities\": [\"Rovaniemi\"]}");
                    String key = answer.body().contains("api.identity-unavailable") ? " identity" : "";
                    if (answer.statusCode() == 200 || answer.statusCode() == 201) {
                        acknowledged.put(code, answer.statusCode());
                        if (databaseBack.get()) {
                            okAfterRestart.incrementAndGet();
                        }
                    } else {
                        refusals.computeIfAbsent(answer.statusCode() + key, s -> new AtomicInteger()).incrementAndGet();
                        if (!clearTryAgain(answer) && !tokenRefused(answer)) {
                            unclear.add(answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("-") + " "
                                    + answer.body().substring(0, Math.min(200, answer.body().length())));
                        }
                        Thread.sleep(200);
                    }
                }
                return null;
            }));
        }
        int beforeKill;
        long recoveredMs;
        try {
            Thread.sleep(BEFORE.toMillis());
            beforeKill = acknowledged.size();
            TestStack.killDatabase();
            Thread.sleep(DOWN.toMillis());
        } finally {
            TestStack.startDatabaseAgain();
        }
        long restartedAt = System.nanoTime();
        databaseBack.set(true);
        while (okAfterRestart.get() < 20 && System.nanoTime() - restartedAt < RECOVERY_LIMIT.toNanos()) {
            Thread.sleep(250);
        }
        recoveredMs = (System.nanoTime() - restartedAt) / 1_000_000;
        writing.set(false);
        for (Future<?> f : writers) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        int keycloakErrors = leaveKeycloakServing();

        int missing = 0;
        for (String code : acknowledged.keySet()) {
            if (get("api/tenants/lappi/organisations/" + code, token).statusCode() != 200) {
                missing++;
            }
        }
        Map<String, Integer> refused = new TreeMap<>();
        refusals.forEach((status, count) -> refused.put(status, count.get()));
        System.out.println("DatabaseFaultsIT, killed: " + WRITERS + " writers; acknowledged " + acknowledged.size() + " (" + beforeKill
                + " before the kill), missing afterwards " + missing + "; refused while down " + refused + ", unclear " + unclear.size()
                + "; writes served again " + recoveredMs + " ms after MariaDB was started again; Keycloak refused " + keycloakErrors
                + " fresh logins after the restart before serving every one");

        assertTrue(beforeKill > 0, "the writers wrote before the kill");
        assertEquals(0, missing, "every acknowledged write is stored");
        assertTrue(unclear.isEmpty(), "every refusal is a clear JSON 'try again': " + unclear);
        assertTrue(okAfterRestart.get() >= 20, "the portal did not serve writes again within " + RECOVERY_LIMIT + " of the restart");
        assertTrue(refused.keySet().stream().allMatch(s -> s.startsWith("503") || s.startsWith("401")), "only 503 and 401: " + refused);
    }

    /**
     * Keycloak shares the MariaDB. Its pool checks a connection as it is borrowed (the embedded stack sets
     * validate-on-borrow), so right after the restart fresh logins must succeed at the first try: otherwise the next
     * classes' browser logins would meet dead pooled connections. One after another, never many at once for one person:
     * parallel logins of one user set off Keycloak's brute-force lockout (seen here: every later login refused as
     * "temporarily disabled"). Returns how many failed.
     */
    private static int leaveKeycloakServing() throws Exception {
        int failed = 0;
        String firstFailure = null;
        for (int i = 0; i < 6; i++) {
            try {
                new KeycloakTestClient().userToken("lappi.professional", PASSWORD);
            } catch (RuntimeException | java.io.IOException refused) {
                failed++;
                firstFailure = firstFailure == null ? String.valueOf(refused.getMessage()) : firstFailure;
            }
        }
        assertEquals(0, failed, "Keycloak refused fresh logins after the restart; the first with: " + firstFailure);
        return failed;
    }

    @Test
    void aReadOnlyDatabaseRefusesWritesClearlyAndKeepsNothingHalfWritten() throws Exception {
        String token = new KeycloakTestClient().userToken("lappi.professional", PASSWORD);
        String path = "api/tenants/lappi/organisations/it-read-only-" + Long.toString(System.nanoTime(), 36);
        String body = "{\"nameFi\": \"Vain luku -testi\", \"type\": \"NGO\", \"municipalities\": [\"Rovaniemi\"]}";
        HttpResponse<String> refused;
        HttpResponse<String> read;
        TestStack.databaseReadOnly(true);
        try {
            refused = send("PUT", path, token, body);
            read = get("api/tenants/lappi/organisations", token);
        } finally {
            TestStack.databaseReadOnly(false);
        }
        assertTrue(clearTryAgain(refused), refused.statusCode() + " " + refused.body());
        assertEquals(200, read.statusCode(), "reads go on while writes are refused: " + read.body());
        assertEquals(404, get(path, token).statusCode(), "nothing of the refused write is stored");
        assertEquals(200, send("PUT", path, token, body).statusCode(), "the same write succeeds once writes are taken again");
    }

    /**
     * The API's JSON 401: Keycloak, whose database is the same MariaDB here, says while it is down that the token is not
     * active (it cannot find the session), and the portal cannot tell that from a revoked token. The client is told to
     * log in again, which works once the database is back. Clear, but not "try again": see docs/reliability.md.
     */
    private static boolean tokenRefused(HttpResponse<String> answer) {
        return answer.statusCode() == 401
                && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                && answer.body().contains("\"api.status.401\"")
                && answer.headers().firstValue("Cache-Control").orElse("").contains("no-store");
    }

    /**
     * A 503 whose JSON names {@code api.unavailable} (the portal's database) or {@code api.identity-unavailable}
     * (Keycloak, whose database this is too, could not check the token), with Retry-After, kept out of caches.
     */
    private static boolean clearTryAgain(HttpResponse<String> answer) {
        return answer.statusCode() == 503
                && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")
                && (answer.body().contains("\"api.unavailable\"") || answer.body().contains("\"api.identity-unavailable\""))
                && answer.headers().firstValue("Retry-After").isPresent()
                && answer.headers().firstValue("Cache-Control").orElse("").contains("no-store");
    }
}
