package fi.kykyverkko.perf;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Perf load|memory|capacity|tenants}: against the portal at {@code perf.url}, or (without it) against the embedded
 * stack it starts on this machine and stops afterwards. Each writes a Markdown report under {@code perf.out}.
 */
public final class Perf {

    private Perf() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "load";
        PerfConfig config = PerfConfig.fromSystemProperties();
        EmbeddedStack[] holder = {null};
        try {
            Map<String, Long> pids = new LinkedHashMap<>();
            String machineBefore = "load average before the start: " + Jvm.loadAverage();
            if (config.url().isEmpty()) {
                holder[0] = EmbeddedStack.start(config);
                EmbeddedStack s = holder[0];
                s.payaraPid().ifPresent(p -> pids.put("payara", p));
                s.keycloakPid().ifPresent(p -> pids.put("keycloak", p));
                s.mariaDbPid().ifPresent(p -> pids.put("mariadb", p));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    if (holder[0] != null) {
                        holder[0].close();
                    }
                }, "perf-stack-stop"));
            } else {
                config.pid().ifPresent(p -> pids.put("payara", p));
            }
            pids.put("load generator", ProcessHandle.current().pid());
            Optional<Long> payara = Optional.ofNullable(pids.get("payara"));
            String stamp = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
            Report report = switch (mode) {
                case "load" -> LoadReport.run(config, pids);
                case "memory" -> MemoryRun.run(config, payara.orElseThrow(() -> new IllegalStateException(
                        "memory needs the portal's pid: the embedded stack, or -Dperf.pid with -Dperf.url")), pids);
                case "capacity" -> CapacityRun.run(config, payara, pids);
                case "tenants" -> TenantsRun.run(config, payara.orElseThrow(() -> new IllegalStateException(
                        "tenants needs the portal's pid: the embedded stack, or -Dperf.pid with -Dperf.url")), () -> {
                            if (holder[0] == null) {
                                throw new IllegalStateException("restart needs the embedded stack (no perf.url); run with -Dperf.restart=false");
                            }
                            holder[0].close();
                            long t = System.nanoTime();
                            holder[0] = EmbeddedStack.start(config);
                            return new long[] {holder[0].payaraPid().orElse(-1L), (System.nanoTime() - t) / 1_000_000};
                        });
                default -> throw new IllegalArgumentException("mode must be load, memory, capacity or tenants, not " + mode);
            };
            report.blank().line("Machine: %d CPUs, %s; %s; load average at the end: %s.", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version"), machineBefore, Jvm.loadAverage());
            report.line("Portal: %s%s.", config.base(), holder[0] == null ? " (given by perf.url)"
                    : " (embedded stack started by this run: launcher " + config.launcherJar().getFileName() + ", Payara Micro -Xmx512m)");
            report.write(config.out().resolve(mode + "-" + stamp + ".md"));
        } finally {
            if (holder[0] != null) {
                holder[0].close();
            }
        }
        System.exit(0);
    }
}
