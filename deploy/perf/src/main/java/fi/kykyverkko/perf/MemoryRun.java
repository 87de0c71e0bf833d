package fi.kykyverkko.perf;

import fi.kykyverkko.testkit.VaadinHttpSession;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Memory per active session: the portal's live heap (after a full GC, from a class histogram) with no UI open, then
 * with N sessions open and held (each logged in through Keycloak and left on the groups list after the front page and
 * the catalogue), for each N of {@code perf.sessions}; (live − baseline) / N, and the growth between two N per
 * added session. The classes that grew most are listed.
 */
final class MemoryRun {

    static final int LOGIN_THREADS = 6;
    static final int TOP = 25;

    private MemoryRun() {
    }

    static Report run(PerfConfig config, long payaraPid, Map<String, Long> pids) throws Exception {
        Report report = new Report("Memory per active session");
        CpuWindow cpu = new CpuWindow(pids);
        Recorder recorder = new Recorder();
        // one session opened and dropped first, so that the baseline holds what the first view loads once
        // (classes, route registry, translations, caches): that is not per session
        Professional warmUp = new Professional(config, () -> recorder, VaadinHttpSession.newClient(), 0);
        if (!warmUp.login() || !warmUp.visit()) {
            throw new IllegalStateException("the warm-up session could not log in or open the views: " + recorder.errors());
        }
        Jvm.Histogram baseline = Jvm.liveHistogram(payaraPid);
        report.line("Baseline (1 warm-up session open): live heap %.1f MB, %d objects.", mb(baseline.totalBytes()), baseline.totalInstances());
        report.blank().line("| sessions held | live heap MB | minus baseline MB | KB per session | KB per added session | goal ≤ 100 KB | logins/s |");
        report.line("|---:|---:|---:|---:|---:|---|---:|");
        List<Professional> held = new ArrayList<>();
        List<HttpClient> clients = new ArrayList<>();
        Jvm.Histogram previous = baseline;
        int previousCount = 0;
        Jvm.Histogram last = baseline;
        String managed = "all";
        for (int target : config.sessions()) {
            long t = System.nanoTime();
            int before = held.size();
            int failures = open(config, recorder, held, clients, target);
            double loginSeconds = (System.nanoTime() - t) / 1e9;
            if (held.size() < target) {
                managed = (managed.equals("all") ? "" : managed + "; ") + held.size() + " of " + target + " (" + failures + " logins or views failed: " + recorder.errors() + ")";
            }
            Jvm.Histogram now = Jvm.liveHistogram(payaraPid);
            int n = held.size();
            double perSession = (now.totalBytes() - baseline.totalBytes()) / 1024.0 / n;
            double perAdded = n == previousCount ? 0 : (now.totalBytes() - previous.totalBytes()) / 1024.0 / (n - previousCount);
            report.line("| %d | %.1f | %.1f | %.1f | %.1f | %s | %.1f |", n, mb(now.totalBytes()), mb(now.totalBytes() - baseline.totalBytes()),
                    perSession, perAdded, perSession <= 100 ? "met" : "**not met** (×" + String.format(java.util.Locale.ROOT, "%.1f", perSession / 100) + ")",
                    (n - before) / loginSeconds);
            System.out.printf("%d sessions: %.1f KB each%n", n, perSession);
            previous = now;
            previousCount = n;
            last = now;
            if (held.size() < target * 0.9) {
                break; // the portal or Keycloak no longer takes sessions: report what was reached
            }
        }
        // the sessions must still be alive, or the heap measured nothing: a sample of them navigates once more
        int alive = 0;
        int checked = 0;
        for (int i = 0; i < held.size(); i += Math.max(1, held.size() / 20)) {
            checked++;
            VaadinHttpSession s = held.get(i).session();
            try {
                if (s != null && !s.navigate(config.region(i) + "/networks/groups").sessionLost()) {
                    alive++;
                }
            } catch (Exception e) {
                // counted as not alive
            }
        }
        report.blank().line("Sessions reached: %s. Still alive after the measurement: %d of %d sampled.", managed, alive, checked);
        double answer = held.stream().mapToInt(Professional::lastAnswerChars).average().orElse(0);
        report.line("The last UIDL answer of each session (the groups list), which Flow keeps per UI as `UIInternals.lastRequestResponse`"
                + " for a resend: %.1f K characters on average.", answer / 1024);
        report.line("Each session: %s's demo professionals in turn (%s), shared accounts, one Vaadin UI each.", config.regions(), config.role());
        report.line("CPU during the run: %s.", cpu.summary());
        report.heading("What grew most (live objects, largest N minus baseline)");
        report.line("| class | instances added | KB added | KB per session |").line("|---|---:|---:|---:|");
        for (Growth g : growth(baseline, last, TOP)) {
            report.line("| `%s` | %d | %.1f | %.2f |", g.className, g.instances, g.bytes / 1024.0, g.bytes / 1024.0 / Math.max(1, held.size()));
        }
        report.heading("Top of the class histogram at the largest N");
        StringBuilder top = new StringBuilder();
        last.raw().lines().limit(TOP + 3).forEach(l -> top.append(l).append('\n'));
        report.code(top.toString());
        report.heading("Round trips while the sessions were opened");
        report.steps(recorder);
        return report;
    }

    record Growth(String className, long instances, long bytes) {
    }

    /** Classes by how many bytes they grew from {@code before} to {@code after}, the largest first. */
    static List<Growth> growth(Jvm.Histogram before, Jvm.Histogram after, int top) {
        Map<String, long[]> was = new HashMap<>();
        for (Jvm.Histogram.Row r : before.rows()) {
            was.merge(r.className(), new long[] {r.instances(), r.bytes()}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        Map<String, long[]> is = new HashMap<>();
        for (Jvm.Histogram.Row r : after.rows()) {
            is.merge(r.className(), new long[] {r.instances(), r.bytes()}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        List<Growth> grown = new ArrayList<>();
        is.forEach((name, v) -> {
            long[] w = was.getOrDefault(name, new long[2]);
            grown.add(new Growth(name, v[0] - w[0], v[1] - w[1]));
        });
        grown.sort(Comparator.comparingLong(Growth::bytes).reversed());
        return grown.subList(0, Math.min(top, grown.size()));
    }

    /** Logs in and visits until {@code held} has {@code target} sessions; returns how many attempts failed. */
    private static int open(PerfConfig config, Recorder recorder, List<Professional> held, List<HttpClient> clients, int target)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(LOGIN_THREADS);
        List<Future<Professional>> opened = new ArrayList<>();
        int from = held.size();
        for (int i = from; i < target; i++) {
            while (clients.size() <= i / LoadRun.USERS_PER_CLIENT) {
                clients.add(VaadinHttpSession.newClient());
            }
            Professional p = new Professional(config, () -> recorder, clients.get(i / LoadRun.USERS_PER_CLIENT), i);
            // a login refused under load is tried once more before it counts as failed
            opened.add(pool.submit(() -> (p.login() || p.login()) && p.visit() ? p : null));
        }
        int failures = 0;
        for (Future<Professional> f : opened) {
            try {
                Professional p = f.get();
                if (p == null) {
                    failures++;
                } else {
                    held.add(p);
                }
            } catch (java.util.concurrent.ExecutionException e) {
                failures++;
            }
        }
        pool.shutdown();
        return failures;
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
