package fi.kykyverkko.perf;

import java.time.Instant;
import java.util.Map;

/** The scenario with the configured users, ramp-up, duration and think time, and its report. */
final class LoadReport {

    private LoadReport() {
    }

    static Report run(PerfConfig config, Map<String, Long> pids) throws InterruptedException {
        System.out.printf("Load: %d users over %d s, then %d s; think %d–%d s; regions %s%n", config.users(), config.rampUpSeconds(),
                config.durationSeconds(), config.thinkMinSeconds(), config.thinkMaxSeconds(), config.regions());
        Instant started = Instant.now();
        CpuWindow cpu = new CpuWindow(pids);
        Recorder recorder = LoadRun.run(config, config.users(), config.rampUpSeconds(), config.durationSeconds());
        String cpuSummary = cpu.summary();
        return new Report("Load run " + started)
                .line("%d virtual professionals (%s.%s), started evenly over %d s, then %d s more; think time %d–%d s between steps; "
                                + "a meeting saved every %d rounds. Wall time %.0f s.",
                        config.users(), config.regions(), config.role(), config.rampUpSeconds(), config.durationSeconds(),
                        config.thinkMinSeconds(), config.thinkMaxSeconds(), config.saveEvery(), recorder.seconds())
                .line("Times are client-side round trips (request sent to answer read) over loopback HTTP/1.1; the login is "
                        + "every request of the Keycloak login plus the UI's init.")
                .blank()
                .steps(recorder)
                .blank()
                .line("CPU during the run: %s.", cpuSummary);
    }
}
