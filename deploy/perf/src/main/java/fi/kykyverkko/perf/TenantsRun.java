package fi.kykyverkko.perf;

import fi.kykyverkko.testkit.KeycloakTestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tenants at scale (issue 16, item 4): tenants provisioned one after the other through the platform API
 * ({@code POST /api/platform/tenants}, a platform admin's token) up to each N of {@code perf.tenants}; per tenant the
 * time until the API answered 201 (its schema made and every module migrated, its registry row, its Keycloak groups:
 * the region is live); after each N the live heap after a full GC and the cost of {@code /health/ready} (and of the
 * admins' full Flyway check, {@code GET /api/platform/health}); at the end, unless {@code perf.restart=false}, the
 * portal restarted with all of them: its start time (launcher start to {@code /health/ready} 200) and the start-up's
 * "migrated n/N" progress lines, and the readiness cost again.
 */
final class TenantsRun {

    /** Restarts the embedded stack; returns Payara's new pid and the seconds from the launch to ready. */
    interface Restart {
        long[] restart() throws Exception;
    }

    static final String CLIENT = "perf-platform-admin";
    static final String SECRET = "perf-platform-admin-secret";

    private TenantsRun() {
    }

    static Report run(PerfConfig config, long payaraPid, Restart restart) throws Exception {
        Report report = new Report("Tenants on one node");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        System.setProperty("kyky.it.keycloak.port", String.valueOf(EmbeddedStack.KEYCLOAK_PORT));
        KeycloakTestClient keycloak = new KeycloakTestClient();
        String[] token = {keycloak.serviceToken(CLIENT, SECRET, "platform-admin")};
        long[] tokenAt = {System.nanoTime()};
        java.util.function.Supplier<String> bearer = () -> {
            if (System.nanoTime() - tokenAt[0] > Duration.ofMinutes(3).toNanos()) { // the realm's tokens live 5 min
                try {
                    token[0] = keycloak.serviceToken(CLIENT, SECRET, "platform-admin");
                    tokenAt[0] = System.nanoTime();
                } catch (Exception e) {
                    throw new IllegalStateException("no new token", e);
                }
            }
            return token[0];
        };
        String prefix = config.tenantPrefix();
        int existing = countTenants(http, config, bearer.get());
        modules = modulesOfLapland(http, config, bearer.get());
        // one tenant first, not counted: the first provisioning loads classes and warms the JIT
        long warm = Math.max(0, create(http, config, bearer.get(), prefix + "-warm"));
        int before = countTenants(http, config, bearer.get());
        report.line("Tenants before the run: %d (the warm-up tenant `%s-warm` included, made in %.1f s, not counted).",
                before, prefix, warm / 1e6);
        Jvm.Histogram baseline = Jvm.liveHistogram(payaraPid);
        report.line("Baseline live heap (after a full GC) with %d tenants: %.1f MB.", before, mb(baseline.totalBytes()));
        report.blank().line("| tenants | added | live heap MB | KB per added tenant | time to live p50 s | p95 s | max s | goal ≤ 5 s (p95) | failed |");
        report.line("|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        List<String> healthRows = new ArrayList<>();
        healthRows.add(health(http, config, bearer.get(), before));
        List<Long> all = new ArrayList<>();
        int made = 0;
        int failed = 0;
        int next = existingNumbered(existing);
        long runStarted = System.nanoTime();
        for (int target : config.tenantSteps()) {
            List<Long> step = new ArrayList<>();
            while (before + made < target) {
                String id = String.format(Locale.ROOT, "%s-%04d", prefix, next++);
                try {
                    long micros = create(http, config, bearer.get(), id);
                    if (micros >= 0) { // not there from an earlier run
                        step.add(micros);
                        made++;
                    }
                } catch (IllegalStateException e) {
                    failed++;
                    System.out.println("failed: " + id + ": " + e.getMessage());
                    if (failed > 10) {
                        throw e;
                    }
                }
                if (made % 10 == 0) {
                    System.out.printf(Locale.ROOT, "provisioned %d/%d (%.0f s)%n", before + made, target, (System.nanoTime() - runStarted) / 1e9);
                }
            }
            all.addAll(step);
            Jvm.Histogram now = Jvm.liveHistogram(payaraPid);
            long[] sorted = step.stream().mapToLong(Long::longValue).sorted().toArray();
            double p95 = Samples.percentile(sorted, 95) / 1e6;
            report.line("| %d | %d | %.1f | %.1f | %.2f | %.2f | %.2f | %s | %d |", before + made, made, mb(now.totalBytes()),
                    (now.totalBytes() - baseline.totalBytes()) / 1024.0 / Math.max(1, made),
                    Samples.percentile(sorted, 50) / 1e6, p95, sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
                    p95 <= 5 ? "met" : "**not met**", failed);
            healthRows.add(health(http, config, bearer.get(), before + made));
            System.out.println(report.text());
        }
        report.blank().line("Time to live: from sending `POST /api/platform/tenants` to its 201, one tenant at a time "
                + "(the API answers after the schema is made, every module migrated, the registry row written and the "
                + "Keycloak groups made). %d tenants made in %.0f s.", made, (System.nanoTime() - runStarted) / 1e9);
        report.line("Heap per tenant: live heap after a full GC (jcmd GC.class_histogram) minus the baseline, divided by the tenants added.");
        report.heading("Cost of /health/ready");
        report.line("Sequential: %d calls one after another, ms per call. Flood: 8 threads calling for 5 s, calls/s. "
                + "`/api/platform/health`: one call, Flyway `info()` of every module in every schema (what readiness did "
                + "in the background every 30 s before), seconds.", HEALTH_CALLS);
        report.blank().line("| when | tenants | ready p50 ms | p95 ms | max ms | flood calls/s | flood p95 ms | non-200 | admin full check s |");
        report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        healthRows.forEach(report::line);
        if (config.restartAfterTenants()) {
            Path log = config.dataDir().resolve("logs").resolve("payara.log"); // the portal's own log
            long[] restarted = restart.restart();
            report.heading("Restart with every tenant");
            report.line("Start time: %.0f s from the launcher's start to `/health/ready` 200 with %d tenants.", restarted[1] / 1000.0, before + made);
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            StringBuilder progress = new StringBuilder();
            text.lines().filter(l -> l.contains("start-up: migrating tenant schemas") || l.contains("is ready with")).forEach(l -> progress.append(l.strip()).append('\n'));
            report.line("The start-up's progress lines (%s):", log);
            report.code(progress.toString());
            token[0] = keycloak.serviceToken(CLIENT, SECRET, "platform-admin");
            tokenAt[0] = System.nanoTime();
            report.blank().line("| when | tenants | ready p50 ms | p95 ms | max ms | flood calls/s | flood p95 ms | non-200 | admin full check s |");
            report.line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            report.line(health(http, config, bearer.get(), before + made).replace("| after ", "| after the restart, "));
        }
        return report;
    }

    static final int HEALTH_CALLS = 200;

    /** One row of the readiness cost at {@code tenants}. */
    private static String health(HttpClient http, PerfConfig config, String token, int tenants) throws Exception {
        URI ready = URI.create(config.base() + "health/ready");
        AtomicInteger bad = new AtomicInteger();
        long[] seq = new long[HEALTH_CALLS];
        for (int i = 0; i < HEALTH_CALLS; i++) {
            long t = System.nanoTime();
            if (get(http, ready, null).statusCode() != 200) {
                bad.incrementAndGet();
            }
            seq[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(seq);
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> flood = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            workers.add(pool.submit(() -> {
                while (!stop.get()) {
                    long t = System.nanoTime();
                    if (get(http, ready, null).statusCode() != 200) {
                        bad.incrementAndGet();
                    }
                    flood.add((System.nanoTime() - t) / 1000);
                }
                return null;
            }));
        }
        Thread.sleep(5000);
        stop.set(true);
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] f = flood.stream().mapToLong(Long::longValue).sorted().toArray();
        long t = System.nanoTime();
        int adminStatus = get(http, URI.create(config.base() + "api/platform/health"), token).statusCode();
        double admin = (System.nanoTime() - t) / 1e9;
        return String.format(Locale.ROOT, "| after %d tenants | %d | %.2f | %.2f | %.2f | %.0f | %.2f | %d | %.1f%s |", tenants, tenants,
                Samples.percentile(seq, 50) / 1000.0, Samples.percentile(seq, 95) / 1000.0, seq[seq.length - 1] / 1000.0,
                f.length / seconds, Samples.percentile(f, 95) / 1000.0, bad.get(), admin, adminStatus == 200 ? "" : " (HTTP " + adminStatus + ")");
    }

    /** Creates one tenant; the microseconds until the API answered 201. */
    static long create(HttpClient http, PerfConfig config, String token, String id) throws IOException, InterruptedException {
        String definition = definition(id);
        long t = System.nanoTime();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(config.base() + "api/platform/tenants"))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(definition)).build(), HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t) / 1000;
        if (created.statusCode() == 409) {
            return -1; // there from an earlier run
        }
        if (created.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + created.statusCode() + " " + created.body());
        }
        return micros;
    }

    /**
     * The optional modules a made region has: those of the demo region Lappi as the platform API lists it (read at the
     * start of the run), so nothing here names a module.
     */
    static volatile String modules = "[]";

    /** A region as a real one is defined (two municipalities, the demo region's optional modules). */
    static String definition(String id) {
        return """
                { "id": "%s", "names": {"fi": "Mittausalue %s", "sv": "Mätområde %s", "en": "Perf region %s"},
                  "organisation": "Mittauksen työllisyyspalvelut", "municipalities": ["Mittala", "Testilä"],
                  "modules": %s, "theme": "base" }""".formatted(id, id, id, id, modules);
    }

    private static String modulesOfLapland(HttpClient http, PerfConfig config, String token) throws IOException, InterruptedException {
        HttpResponse<String> list = get(http, URI.create(config.base() + "api/platform/tenants"), token);
        for (jakarta.json.JsonValue t : (jakarta.json.JsonArray) KeycloakTestClient.json(list.body())) {
            jakarta.json.JsonObject tenant = t.asJsonObject();
            if ("lappi".equals(tenant.getString("id", "")) && tenant.containsKey("modules")) {
                return tenant.getJsonArray("modules").toString();
            }
        }
        return "[]";
    }

    private static int countTenants(HttpClient http, PerfConfig config, String token) throws IOException, InterruptedException {
        HttpResponse<String> list = get(http, URI.create(config.base() + "api/platform/tenants"), token);
        if (list.statusCode() != 200) {
            throw new IllegalStateException("GET api/platform/tenants: HTTP " + list.statusCode() + " " + list.body());
        }
        return ((jakarta.json.JsonArray) KeycloakTestClient.json(list.body())).size();
    }

    /** Numbers go on from the tenants an earlier run left (their ids are not reused). */
    private static int existingNumbered(int existing) {
        return existing + 1;
    }

    private static HttpResponse<String> get(HttpClient http, URI uri, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
