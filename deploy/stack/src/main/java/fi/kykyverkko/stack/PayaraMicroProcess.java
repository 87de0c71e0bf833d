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
     * commands (the shared connection pool), its HTTP listener on every interface (Payara's default). Does not wait;
     * see {@link #awaitHttpOk(URI, Duration)}.
     */
    public static PayaraMicroProcess start(Path payaraMicroJar, Path war, Path driverJar, Path postBootFile, int port,
            Map<String, String> env, Path workDir, Path logFile) {
        return start(payaraMicroJar, war, driverJar, postBootFile, port, null, env, workDir, logFile);
    }

    /**
     * As above, with the HTTP listener bound to {@code bindAddress} only (e.g. 127.0.0.1; null: every interface).
     * Payara Micro has no command-line option for it: a pre-boot command sets the listener's address before it opens.
     * Hazelcast's data-grid port (6900) is not covered: Payara Micro binds it to every interface even with
     * {@code --nocluster} (docs/reliability.md).
     */
    public static PayaraMicroProcess start(Path payaraMicroJar, Path war, Path driverJar, Path postBootFile, int port,
            String bindAddress, Map<String, String> env, Path workDir, Path logFile) {
        if (bindAddress != null && !bindAddress.matches("[0-9A-Za-z.:\\-]+")) {
            throw new IllegalArgumentException("Not an address to bind to: " + bindAddress);
        }
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
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-jar", abs(payaraMicroJar),
                "--deploy", abs(war), "--contextroot", "/",
                "--port", String.valueOf(port),
                "--nocluster",
                "--rootDir", rootDir.toString(),
                "--addLibs", abs(driverJar),
                "--postbootcommandfile", abs(postBootFile)));
        // Payara logs every boot command's result at INFO, values expanded: the post-boot file's database password
        // would be in payara.log on every start (issue 17). Its logger says only warnings from the first command on.
        StringBuilder preBootCommands = new StringBuilder(QUIET_BOOT_COMMANDS).append('\n');
        if (bindAddress != null) {
            preBootCommands.append(bindCommand(bindAddress)).append('\n');
        }
        Path preBoot = workDir.toAbsolutePath().resolve("pre-boot-commands.asadmin");
        try {
            Files.writeString(preBoot, preBootCommands);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + preBoot, e);
        }
        command.addAll(List.of("--prebootcommandfile", preBoot.toString()));
        return new PayaraMicroProcess(ChildProcess.start("Payara Micro", command, workDir, env, logFile), port, rootDir);
    }

    /** Keeps Payara's boot-command results (with the expanded values of the post-boot file) out of the log. */
    static final String QUIET_BOOT_COMMANDS = "set-log-levels fish.payara.boot.runtime.BootCommand=WARNING";

    /** The asadmin command that binds Payara Micro's HTTP listener to one address. */
    public static String bindCommand(String bindAddress) {
        return "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address="
                + bindAddress;
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
