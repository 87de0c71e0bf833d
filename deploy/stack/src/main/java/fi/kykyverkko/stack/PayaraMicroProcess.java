package fi.kykyverkko.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** Payara Micro in its own JVM with the portal WAR at context root {@code /}. */
public final class PayaraMicroProcess implements AutoCloseable {

    private final ChildProcess process;
    private final int port;
    private final Path rootDir;

    private PayaraMicroProcess(ChildProcess process, int port, Path rootDir) {
        this.process = process;
        this.port = port;
        this.rootDir = rootDir;
    }

    /**
     * Starts {@code java -jar payara-micro.jar} with the WAR, the JDBC driver as server library and the post-boot
     * commands (the shared connection pool). Does not wait; see {@link #awaitHttpOk(URI, Duration)}.
     */
    public static PayaraMicroProcess start(Path payaraMicroJar, Path war, Path driverJar, Path postBootFile, int port,
            Map<String, String> env, Path workDir, Path logFile) {
        Ports.requireFree(port, "Payara Micro");
        for (Path required : List.of(payaraMicroJar, war, driverJar, postBootFile)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException("Payara Micro cannot start, file not found: " + required);
            }
        }
        Path rootDir;
        try {
            Files.createDirectories(workDir);
            // Fresh every start: a reused --rootDir deploys the application a second time.
            rootDir = Files.createTempDirectory(workDir.toAbsolutePath(), "payara-root-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Payara Micro root dir under " + workDir, e);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-jar", abs(payaraMicroJar),
                "--deploy", abs(war), "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nocluster",
                "--rootDir", rootDir.toString(),
                "--addLibs", abs(driverJar),
                "--postbootcommandfile", abs(postBootFile));
        return new PayaraMicroProcess(ChildProcess.start("Payara Micro", command, workDir, env, logFile), port, rootDir);
    }

    /** Polls until 200; throws with the last 40 log lines on timeout or if Payara Micro exits. */
    public void awaitHttpOk(URI uri, Duration timeout) {
        process.awaitHttpOk(uri, timeout);
    }

    /**
     * Polls until 200 while Payara Micro keeps writing its log: gives up after {@code silence} without a new log
     * line or after {@code limit} in all, and reports the time waited every {@code every}.
     */
    public void awaitHttpOk(URI uri, Duration silence, Duration limit, Duration every,
                            java.util.function.Consumer<Duration> stillWaiting) {
        process.awaitHttpOk(uri, silence, limit, every, stillWaiting);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
        Ports.awaitFree(port, Duration.ofSeconds(10));
        deleteQuietly(rootDir); // only runtime state (expanded WAR, caches); the data live in MariaDB
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // leftovers are harmless: every start uses a new root dir
        }
    }

    private static String abs(Path p) {
        return p.toAbsolutePath().toString();
    }
}
