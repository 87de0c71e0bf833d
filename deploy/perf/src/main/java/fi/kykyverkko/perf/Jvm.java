package fi.kykyverkko.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the portal's JVM says through jcmd (live heap, class histogram, threads) and what /proc says of any process. */
final class Jvm {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)\\s*$");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*(\\d+):\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private Jvm() {
    }

    /** {@code jcmd pid command...}; its output. */
    static String jcmd(long pid, String... command) {
        List<String> cmd = new ArrayList<>(List.of("jcmd", String.valueOf(pid)));
        cmd.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " did not finish");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A live-object histogram (jcmd GC.class_histogram runs a full GC first): its total bytes and top rows. */
    record Histogram(long totalBytes, long totalInstances, List<Row> rows, String raw) {

        record Row(String className, long instances, long bytes) {
        }

        static Histogram parse(String raw) {
            Matcher total = HISTOGRAM_TOTAL.matcher(raw);
            if (!total.find()) {
                throw new IllegalStateException("no Total line in the class histogram: "
                        + raw.substring(0, Math.min(300, raw.length())));
            }
            List<Row> rows = new ArrayList<>();
            Matcher row = HISTOGRAM_ROW.matcher(raw);
            while (row.find()) {
                rows.add(new Row(row.group(4), Long.parseLong(row.group(2)), Long.parseLong(row.group(3))));
            }
            return new Histogram(Long.parseLong(total.group(2)), Long.parseLong(total.group(1)), rows, raw);
        }

        long bytesOf(String className) {
            return rows.stream().filter(r -> r.className.equals(className)).mapToLong(Row::bytes).sum();
        }

        long instancesOf(String className) {
            return rows.stream().filter(r -> r.className.equals(className)).mapToLong(Row::instances).sum();
        }
    }

    static Histogram liveHistogram(long pid) {
        // two full GCs: the first one's finalisation and soft references settle before the count
        jcmd(pid, "GC.run");
        return Histogram.parse(jcmd(pid, "GC.class_histogram"));
    }

    /** CPU time (user + system) of a process so far, in clock ticks (1/100 s on Linux), from /proc/pid/stat. */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The machine's CPU ticks from /proc/stat: {busy, total}. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException e) {
            return new long[] {0, 0};
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Threads of a jcmd Thread.print by state, and the http worker threads' states. */
    static String threadSummary(String dump) {
        java.util.Map<String, Integer> states = new java.util.TreeMap<>();
        java.util.Map<String, Integer> http = new java.util.TreeMap<>();
        String[] threads = dump.split("\n\n");
        for (String t : threads) {
            Matcher state = Pattern.compile("java.lang.Thread.State: (\\S+)").matcher(t);
            if (!state.find()) {
                continue;
            }
            states.merge(state.group(1), 1, Integer::sum);
            if (t.startsWith("\"http-thread-pool")) {
                String where = t.contains("getConnection") || t.contains("ConnectionPool") ? " (in the JDBC pool)" : "";
                http.merge(state.group(1) + where, 1, Integer::sum);
            }
        }
        return "all threads " + states + "; http-thread-pool " + http;
    }
}
