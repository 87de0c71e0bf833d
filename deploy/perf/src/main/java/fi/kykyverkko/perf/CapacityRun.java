package fi.kykyverkko.perf;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Users per node: active professionals (one action every {@code perf.think.min}–{@code perf.think.max} s) added in
 * steps ({@code perf.steps}, cumulative: the users of one step stay for the next); each step ramps its new users up,
 * then measures for {@code perf.step.duration} s only the steady window. A warm-up of {@code perf.warmup} s (4 users without think
 * time) comes first. Every step is run unless one saturates (p95 past 2 s, or errors past 5 %); the answer is the
 * largest step whose p95 is ≤ 100 ms, with and without the people view (slow at rest). For each window: the CPU of every part of the stack, the
 * portal's GC time (jstat), and its request threads (a thread dump in the middle of the window).
 */
final class CapacityRun {

    static final long GOAL_P95_MICROS = 100_000;
    /** A p95 past this is saturation: no further step is run. */
    static final long SATURATED_MICROS = 2_000_000;
    /** The step that is slow without load (PeopleView asks Keycloak); reported apart as well. */
    static final String SLOW_AT_REST = "people";
    private static final Pattern GCT = Pattern.compile("\\s(\\d+[.,]\\d+)\\s*$");

    private CapacityRun() {
    }

    static Report run(PerfConfig config, Optional<Long> payara, Map<String, Long> pids) throws InterruptedException {
        Report report = new Report("Users per node");
        report.line("Steps of active users %s (cumulative), think time %d–%d s, each step's new users ramped up over ¼ s per user (5–100 s) and one more maximal think time, then a %d s "
                        + "window measured; a meeting saved every %d rounds. Goal: p95 of the UIDL round trips ≤ 100 ms with 1,000 users.",
                config.userSteps(), config.thinkMinSeconds(), config.thinkMaxSeconds(), config.stepSeconds(), config.saveEvery());
        report.blank().line("| active users | round trips/s | p50 ms | p95 ms | p99 ms | p95 ms without people | errors | p95 ≤ 100 ms (all / without people) | CPU in the window | portal GC time | "
                + "portal threads (mid-window) |");
        report.line("|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|");
        // a freshly started portal runs interpreted code for minutes on two cores: warm it up first, unmeasured
        if (config.warmUpSeconds() > 0) {
            PerfConfig busy = config.withThink(0, 0);
            Recorder warm = LoadRun.run(busy, 4, 0, config.warmUpSeconds());
            report.blank().line("Warm-up before the steps (not measured): 4 users without think time for %d s, %d round trips, %d errors.",
                    config.warmUpSeconds(), warm.roundTrips().count(), warm.errorCount());
            report.blank();
        }
        LoadRun load = new LoadRun(config);
        int best = 0;
        String firstOver = null;
        int bestWithoutPeople = 0;
        String firstOverWithoutPeople = null;
        StringBuilder details = new StringBuilder();
        try {
            for (int target : config.userSteps()) {
                int adding = target - load.started();
                if (adding <= 0) {
                    continue;
                }
                // Keycloak takes a few logins a second on this machine (its password hash is made to cost CPU)
                int ramp = Math.min(100, Math.max(5, adding / 4));
                Recorder rampRecorder = load.recorder(new Recorder());
                load.add(adding, ramp);
                Thread.sleep(ramp * 1000L + config.thinkMaxSeconds() * 1000L); // every new user past its first think time
                Recorder window = load.recorder(new Recorder());
                rampRecorder.end();
                CpuWindow cpu = new CpuWindow(pids);
                double gcBefore = payara.map(CapacityRun::gcSeconds).orElse(-1.0);
                Thread.sleep(config.stepSeconds() * 500L);
                String threads = payara.map(p -> Jvm.threadSummary(Jvm.jcmd(p, "Thread.print"))).orElse("?");
                Thread.sleep(config.stepSeconds() * 500L);
                window.end();
                String cpuText = cpu.summary();
                double gc = payara.map(CapacityRun::gcSeconds).orElse(-1.0) - gcBefore;
                Samples.Summary s = window.roundTrips().summary();
                Samples.Summary withoutPeople = window.roundTrips(java.util.Set.of(SLOW_AT_REST)).summary();
                long errors = window.errorCount();
                boolean ok = s.p95() <= GOAL_P95_MICROS && errors <= 0.05 * Math.max(1, s.count());
                boolean okWithoutPeople = withoutPeople.p95() <= GOAL_P95_MICROS && errors <= 0.05 * Math.max(1, s.count());
                report.line("| %d (%d logged in) | %.1f | %s | %s | %s | %s | %d | %s | %s | %s | %s |", target, load.active(),
                        s.count() / window.seconds(), Report.ms(s.p50()), Report.ms(s.p95()), Report.ms(s.p99()),
                        Report.ms(withoutPeople.p95()), errors, (ok ? "yes" : "**no**") + " / " + (okWithoutPeople ? "yes" : "**no**"), cpuText, gcBefore < 0 ? "?" : String.format(Locale.ROOT, "%.2f s in %d s", gc, config.stepSeconds()),
                        threads);
                details.append("\n### ").append(target).append(" users: the window\n\n").append(new Report("x").steps(window).text()
                        .replaceFirst("# x\n\n", "")).append("\nLogins during this step's ramp-up: ")
                        .append(logins(rampRecorder.steps().getOrDefault(Recorder.LOGIN, new Samples()).summary(), rampRecorder.seconds()))
                        .append('\n');
                System.out.printf("%d users: p95 %s ms, %s%n", target, Report.ms(s.p95()), cpuText);
                if (ok) {
                    best = target;
                } else if (firstOver == null) {
                    firstOver = target + " users (p95 " + Report.ms(s.p95()) + " ms, " + errors + " errors)";
                }
                if (okWithoutPeople) {
                    bestWithoutPeople = target;
                } else if (firstOverWithoutPeople == null) {
                    firstOverWithoutPeople = target + " users (p95 " + Report.ms(withoutPeople.p95()) + " ms)";
                }
                // saturated: the next step tells nothing more (a step over the goal still shows where the time goes)
                if (s.p95() > SATURATED_MICROS || errors > 0.05 * Math.max(1, s.count())) {
                    break;
                }
            }
        } finally {
            load.stop();
        }
        report.blank().line("Most users with p95 ≤ 100 ms: **%d** (goal 1,000: %s). First step over: %s.", best,
                best >= 1000 ? "met" : "**not met**, " + String.format(Locale.ROOT, "%.0f %%", best / 10.0) + " of it",
                firstOver == null ? "none within the steps run" : firstOver);
        report.line("Without the `%s` step (slow with no load at all: it asks Keycloak for the region's members on every open): "
                        + "most users with p95 ≤ 100 ms **%d**; first step over: %s.", SLOW_AT_REST, bestWithoutPeople,
                firstOverWithoutPeople == null ? "none within the steps run" : firstOverWithoutPeople);
        report.heading("Per step");
        report.line("%s", details.toString());
        return report;
    }

    private static String logins(Samples.Summary s, double seconds) {
        return String.format(Locale.ROOT, "%d in %.0f s (%.1f/s), p50 %s ms, p95 %s ms, max %s ms", s.count(), seconds,
                s.count() / Math.max(1, seconds), Report.ms(s.p50()), Report.ms(s.p95()), Report.ms(s.max()));
    }

    /** The portal's accumulated GC time in seconds (jstat -gcutil's GCT). */
    static double gcSeconds(long pid) {
        try {
            Process p = new ProcessBuilder("jstat", "-gcutil", String.valueOf(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            String last = out.strip().lines().reduce((a, b) -> b).orElse("");
            Matcher m = GCT.matcher(" " + last);
            return m.find() ? Double.parseDouble(m.group(1).replace(',', '.')) : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
