package fi.kykyverkko.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole embedded stack on this machine, started as an operator starts it: {@code java -jar kykyverkko-launcher.jar}
 * (MariaDB, mail, Keycloak, Payara Micro with the portal at its production heap, demo regions and people), on the
 * perf ports, with its data under target/. Stopped with SIGTERM, which runs the launcher's shutdown hook.
 */
final class EmbeddedStack implements AutoCloseable {

    static final int DB_PORT = 13319;
    static final int KEYCLOAK_PORT = 18189;
    static final int MAIL_PORT = 13029;
    static final int MAIL_WEB_PORT = 13149;

    private final Process launcher;
    private final Path log;

    private EmbeddedStack(Process launcher, Path log) {
        this.launcher = launcher;
        this.log = log;
    }

    /** The environment the launcher is started with (ports, data dir; demo people and data on). */
    static Map<String, String> environment(PerfConfig config) {
        return Map.of("KYKY_DATA_DIR", config.dataDir().toString(),
                "KYKY_PORTAL_PORT", String.valueOf(config.portalPort()),
                "KYKY_DB_PORT", String.valueOf(DB_PORT),
                "KYKY_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT),
                "KYKY_MAIL_PORT", String.valueOf(MAIL_PORT),
                "KYKY_MAIL_WEB_PORT", String.valueOf(MAIL_WEB_PORT),
                "KYKY_DEMO_USERS", "true",
                "KYKY_DEMO_DATA", "true",
                // the perf stack's own Keycloak admin (the one the testkit's client logs in as), so that the tenants
                // mode can make itself a platform admin's client; only this stack, under target/, has it
                "KYKY_KEYCLOAK_ADMIN_PASSWORD", fi.kykyverkko.testkit.TestStack.adminPassword());
    }

    static EmbeddedStack start(PerfConfig config) {
        if (!Files.isRegularFile(config.launcherJar())) {
            throw new IllegalStateException(config.launcherJar() + " not found: package the launcher first"
                    + " (mvn -B -o package -pl deploy/perf -am -DskipTests)");
        }
        try {
            Files.createDirectories(config.out());
            Path log = config.out().resolve("launcher.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", config.launcherJar().toString()))
                    .directory(config.launcherJar().getParent().toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment(config));
            System.out.println("Starting the embedded stack (log: " + log + ") ...");
            long t = System.nanoTime();
            EmbeddedStack stack = new EmbeddedStack(builder.start(), log);
            stack.awaitReady(config.base() + "health/ready", Duration.ofMinutes(20));
            System.out.printf("Stack ready in %.0f s%n", (System.nanoTime() - t) / 1e9);
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Payara Micro JVM (the launcher's descendant running payara-micro.jar). */
    Optional<Long> payaraPid() {
        return descendant("payara-micro.jar");
    }

    Optional<Long> keycloakPid() {
        return descendant("keycloak");
    }

    Optional<Long> mariaDbPid() {
        return descendant("mariadbd").or(() -> descendant("mysqld"));
    }

    Path log() {
        return log;
    }

    private Optional<Long> descendant(String commandPart) {
        return launcher.descendants().filter(p -> p.info().commandLine().map(c -> c.contains(commandPart)).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    private void awaitReady(String url, Duration limit) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the launcher stopped (exit " + launcher.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        close();
        throw new IllegalStateException("the portal was not ready within " + limit + "; see " + log);
    }

    @Override
    public void close() {
        if (!launcher.isAlive()) {
            return;
        }
        System.out.println("Stopping the embedded stack ...");
        launcher.destroy(); // SIGTERM: the launcher's shutdown hook stops Payara, Keycloak, MariaDB
        try {
            if (!launcher.waitFor(Duration.ofMinutes(2).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
