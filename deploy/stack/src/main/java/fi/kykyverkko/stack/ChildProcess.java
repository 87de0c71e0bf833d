package fi.kykyverkko.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A server process whose output goes to a log file, stopped with its whole process tree. */
final class ChildProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempts against a server still starting up
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> env, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            List<String> cmd = new java.util.ArrayList<>();
            // Own session: Ctrl-C in a terminal signals the whole foreground process group, but the launcher
            // must stop the parts itself, in order (Payara, Keycloak, MariaDB).
            if (Files.isExecutable(SETSID)) {
                cmd.add(SETSID.toString());
            }
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()) // truncated per start: the log is about this run
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().putAll(env);
            return new ChildProcess(name, pb.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Polls until the URI answers 200; fails early if the process dies, and after {@code timeout}. */
    void awaitHttpOk(URI uri, Duration timeout) {
        awaitHttpOk(uri, timeout, timeout, Duration.ZERO, elapsed -> { });
    }

    /**
     * Polls until the URI answers 200. Gives up when the process dies, when its log has not grown for {@code silence}
     * (a start that hangs), or after {@code limit} in all. A start that keeps logging is given its time: on a busy
     * machine a deployment can take five times as long as on an idle one, and that is slow, not broken. Every
     * {@code every} (if not zero) it tells {@code stillWaiting} how long it has waited.
     */
    void awaitHttpOk(URI uri, Duration silence, Duration limit, Duration every, Consumer<Duration> stillWaiting) {
        long start = System.nanoTime();
        long end = start + limit.toNanos();
        long logSize = logSize();
        long lastGrowth = start;
        long nextReport = every.isZero() ? Long.MAX_VALUE : start + every.toNanos();
        String last = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                throw failure(name + " exited with code " + process.exitValue() + " before " + uri + " answered 200");
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            long now = System.nanoTime();
            long size = logSize();
            if (size != logSize) {
                logSize = size;
                lastGrowth = now;
            }
            if (now - end >= 0) {
                throw failure(name + " did not answer 200 at " + uri + " within " + limit.toSeconds() + " s (last: " + last + ")");
            }
            if (now - lastGrowth >= silence.toNanos() && silence.compareTo(limit) < 0) {
                throw failure(name + " did not answer 200 at " + uri + " and wrote nothing to its log for "
                        + silence.toSeconds() + " s (last: " + last + ")");
            }
            if (now - nextReport >= 0) {
                stillWaiting.accept(Duration.ofNanos(now - start));
                nextReport = now + every.toNanos();
            }
            Ports.sleep(500);
        }
    }

    private long logSize() {
        try {
            return Files.size(logFile);
        } catch (IOException e) {
            return -1;
        }
    }

    IllegalStateException failure(String message) {
        return new IllegalStateException(message + "\n--- last 40 lines of " + logFile + " ---\n" + tail(40));
    }

    String tail(int lines) {
        Deque<String> last = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(logFile, StandardCharsets.ISO_8859_1)) { // never fails on odd bytes
            all.forEach(l -> {
                if (last.size() == lines) {
                    last.removeFirst();
                }
                last.addLast(l);
            });
        } catch (IOException | UncheckedIOException e) {
            return "(log not readable: " + e.getMessage() + ")";
        }
        return String.join("\n", last);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM to the process and all its descendants (kc.sh runs java as a child), wait, then SIGKILL. */
    void stop(Duration grace) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                p.destroyForcibly();
            }
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
