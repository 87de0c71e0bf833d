package fi.kykyverkko.perf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU use over a window, from /proc: the machine's busy share, and each named process's share of the machine's time
 * (2 cores fully busy = 200 %). What is left of the machine's busy time after the named processes is "other": the
 * proof that a run had the machine to itself, or did not.
 */
final class CpuWindow {

    private final Map<String, Long> pids;
    private final Map<String, Long> startTicks = new LinkedHashMap<>();
    private final long[] machineStart;
    private final long startNanos = System.nanoTime();

    CpuWindow(Map<String, Long> pids) {
        this.pids = pids;
        pids.forEach((name, pid) -> startTicks.put(name, Jvm.cpuTicks(pid)));
        machineStart = Jvm.machineTicks();
    }

    /** "machine 143 % of 200 %; payara 95 %, keycloak 3 %, ..., other 12 %" for the time since construction. */
    String summary() {
        long[] machine = Jvm.machineTicks();
        int cores = Runtime.getRuntime().availableProcessors();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double ticksPerSecond = 100.0; // USER_HZ on Linux
        double machineBusy = (machine[0] - machineStart[0]) / ticksPerSecond / seconds * 100;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "machine busy %.0f %% of %d %%", machineBusy, cores * 100));
        double named = 0;
        for (Map.Entry<String, Long> e : pids.entrySet()) {
            long now = Jvm.cpuTicks(e.getValue());
            double share = (now - startTicks.get(e.getKey())) / ticksPerSecond / seconds * 100;
            named += share;
            out.append(String.format(Locale.ROOT, "; %s %.0f %%", e.getKey(), share));
        }
        out.append(String.format(Locale.ROOT, "; other processes %.0f %%", Math.max(0, machineBusy - named)));
        return out.toString();
    }
}
