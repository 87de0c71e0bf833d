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
     * On a loopback address the data grid stays on loopback too (see {@link #loopbackDataGrid}); on any other,
     * Payara Micro's {@code --nocluster} grid listens on every interface (docs/reliability.md).
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
        boolean loopback = bindAddress != null && isLoopback(bindAddress);
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m"));
        if (loopback) {
            command.add("-Dhazelcast.socket.bind.any=false");
        }
        command.addAll(List.of("-jar", abs(payaraMicroJar),
                "--deploy", abs(war), "--contextroot", "/",
                "--port", String.valueOf(port)));
        command.addAll(loopback ? loopbackDataGrid(port, freeFrom(6900)) : List.of("--nocluster"));
        command.addAll(List.of("--rootDir", rootDir.toString(),
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

    /**
     * Payara Micro's data grid (Hazelcast, which also carries the clustered CDI events of the live bus) on loopback
     * only. {@code --nocluster} would bind it to every interface whatever {@code --interfaces} says, so instead the
     * node is a cluster of one: it looks for members only at its own loopback port, under a cluster name of its own
     * (no other instance on this machine joins it), and with {@code hazelcast.socket.bind.any=false} (a JVM option,
     * added by the caller) it binds just the interface it is given.
     */
    static List<String> loopbackDataGrid(int httpPort, int gridPort) {
        return List.of("--interfaces", "127.0.0.1", "--startport", String.valueOf(gridPort),
                "--clustermode", "tcpip:127.0.0.1:" + gridPort, "--clustername", "kykyverkko-" + httpPort);
    }

    static boolean isLoopback(String address) {
        return address.equals("localhost") || address.startsWith("127.") || address.equals("::1");
    }

    /** The first free port from {@code first} on (Hazelcast would take the next one itself, but its member list must name it). */
    private static int freeFrom(int first) {
        for (int p = first; p < first + 100; p++) {
            if (Ports.isFree(p)) {
                return p;
            }
        }
        throw new IllegalStateException("No free port for Payara Micro's data grid in " + first + "–" + (first + 99));
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
