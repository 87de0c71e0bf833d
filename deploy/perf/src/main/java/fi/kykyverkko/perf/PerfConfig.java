package fi.kykyverkko.perf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a run is told, from system properties {@code perf.*} (README.md has the table). */
record PerfConfig(
        Optional<String> url,
        Optional<Long> pid,
        Path launcherJar,
        Path dataDir,
        Path out,
        int portalPort,
        List<String> regions,
        String role,
        String password,
        int users,
        int rampUpSeconds,
        int durationSeconds,
        int thinkMinSeconds,
        int thinkMaxSeconds,
        List<Integer> sessions,
        List<Integer> userSteps,
        int stepSeconds,
        int saveEvery,
        int warmUpSeconds,
        List<Integer> tenantSteps,
        String tenantPrefix,
        boolean restartAfterTenants) {

    static PerfConfig from(Map<String, String> p) {
        int thinkMin = integer(p, "perf.think.min", 10);
        int thinkMax = integer(p, "perf.think.max", 30);
        if (thinkMin < 0 || thinkMax < thinkMin) {
            throw new IllegalArgumentException("perf.think.min must be ≥ 0 and ≤ perf.think.max: " + thinkMin + ", " + thinkMax);
        }
        return new PerfConfig(
                value(p, "perf.url").map(u -> u.endsWith("/") ? u : u + "/"),
                value(p, "perf.pid").map(Long::parseLong),
                Path.of(p.getOrDefault("perf.launcher.jar", "../launcher/target/kykyverkko-launcher.jar")).toAbsolutePath().normalize(),
                Path.of(p.getOrDefault("perf.data.dir", "target/stack-data")).toAbsolutePath().normalize(),
                Path.of(p.getOrDefault("perf.out", "target/perf")).toAbsolutePath().normalize(),
                integer(p, "perf.portal.port", 18300),
                list(p, "perf.regions", "lappi,kymenlaakso,keski-uusimaa,etela-savo"),
                p.getOrDefault("perf.role", "professional"),
                p.getOrDefault("perf.password", "Kykyverkko-demo-2026"),
                integer(p, "perf.users", 20),
                integer(p, "perf.rampup", 30),
                integer(p, "perf.duration", 120),
                thinkMin,
                thinkMax,
                list(p, "perf.sessions", "100,500,1000").stream().map(Integer::parseInt).toList(),
                list(p, "perf.steps", "50,100,200,400,800").stream().map(Integer::parseInt).toList(),
                integer(p, "perf.step.duration", 60),
                integer(p, "perf.save.every", 1),
                integer(p, "perf.warmup", 60),
                list(p, "perf.tenants", "50,100,200,500").stream().map(Integer::parseInt).toList(),
                p.getOrDefault("perf.tenant.prefix", "perf"),
                Boolean.parseBoolean(p.getOrDefault("perf.restart", "true")));
    }

    static PerfConfig fromSystemProperties() {
        Map<String, String> p = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> p.put(k.toString(), v.toString()));
        return from(p);
    }

    /** The same with another think time (the capacity mode's warm-up runs without). */
    PerfConfig withThink(int min, int max) {
        return new PerfConfig(url, pid, launcherJar, dataDir, out, portalPort, regions, role, password, users, rampUpSeconds,
                durationSeconds, min, max, sessions, userSteps, stepSeconds, saveEvery, warmUpSeconds, tenantSteps, tenantPrefix,
                restartAfterTenants);
    }

    /** The portal's application root: the given URL, or the embedded stack's on this machine. */
    String base() {
        // 127.0.0.1, not localhost: the realm allows the portal client's redirect to any port of 127.0.0.1 (the loopback
        // rule), but to localhost only on 8080
        return url.orElse("http://127.0.0.1:" + portalPort + "/");
    }

    /** The demo professional of the {@code i}th virtual user: the regions in turn. */
    String username(int i) {
        return regions.get(i % regions.size()) + "." + role;
    }

    String region(int i) {
        return regions.get(i % regions.size());
    }

    private static Optional<String> value(Map<String, String> p, String key) {
        return Optional.ofNullable(p.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int integer(Map<String, String> p, String key, int defaultValue) {
        return value(p, key).map(Integer::parseInt).orElse(defaultValue);
    }

    private static List<String> list(Map<String, String> p, String key, String defaultValue) {
        return Arrays.stream(p.getOrDefault(key, defaultValue).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
