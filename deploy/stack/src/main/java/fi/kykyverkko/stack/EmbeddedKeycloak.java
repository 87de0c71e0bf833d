package fi.kykyverkko.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution in dev mode, with its own data in the embedded MariaDB (database
 * {@code keycloak}), so users, organizations and sessions survive restarts and {@code mvn clean}.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    private static final String REALM = "kykyverkko";
    /** Written last when unzipping: its absence means a half-extracted installation. */
    private static final String COMPLETE_MARKER = ".kykyverkko-unpacked";

    private final ChildProcess process;
    private final int port;

    private EmbeddedKeycloak(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Installs (once) and starts Keycloak with {@code kc.sh start-dev --import-realm} on 127.0.0.1:port and waits
     * until realm {@code kykyverkko} serves its OpenID configuration. An existing realm is not re-imported.
     * With {@code db == null} (the portal uses an external database) Keycloak keeps its data in its dev-file H2
     * database under {@code installDir/data}.
     *
     * @throws IllegalStateException with the last 40 log lines if Keycloak does not come up within timeout
     */
    public static EmbeddedKeycloak start(Path distZip, Path installDir, int port, Path realmJson, EmbeddedMariaDb db,
            String dbUser, String dbPassword, String adminUser, String adminPassword, Path logFile, Duration timeout) {
        Ports.requireFree(port, "Keycloak");
        Path home = installDir.toAbsolutePath().normalize();
        install(distZip, home);
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmJson, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy realm " + realmJson + " into " + home, e);
        }

        Map<String, String> env = new HashMap<>();
        // Same JDK as ours, whatever JAVA_HOME says.
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Keycloak defaults to 70 % of RAM as heap; 512 MB is plenty for development.
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // Only used on the very first start (no admin in the master realm yet).
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        if (db != null) {
            // Database settings via environment, not command line, so the password is not visible in `ps`.
            env.put("KC_DB", "mariadb");
            env.put("KC_DB_URL", "jdbc:mariadb://127.0.0.1:" + db.port() + "/keycloak");
            env.put("KC_DB_USERNAME", dbUser);
            env.put("KC_DB_PASSWORD", dbPassword);
        } else {
            env.put("KC_DB", "dev-file"); // H2 file under <installDir>/data/h2
        }

        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm");
        ChildProcess process = ChildProcess.start("Keycloak", command, home, env, logFile);
        EmbeddedKeycloak keycloak = new EmbeddedKeycloak(process, port);
        try {
            process.awaitHttpOk(URI.create(keycloak.url() + "/realms/" + REALM + "/.well-known/openid-configuration"),
                    timeout);
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
        Ports.awaitFree(port, Duration.ofSeconds(10));
    }

    /** Unzips the distribution without its top-level folder; a new version or a partial unzip starts over. */
    private static void install(Path distZip, Path home) {
        if (Files.exists(home.resolve(COMPLETE_MARKER))) {
            return;
        }
        if (!Files.isRegularFile(distZip)) {
            throw new IllegalStateException("Keycloak distribution not found: " + distZip);
        }
        try {
            deleteRecursively(home);
            Files.createDirectories(home);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distZip))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String name = e.getName();
                    int slash = name.indexOf('/');
                    String relative = slash < 0 ? "" : name.substring(slash + 1);
                    if (relative.isEmpty()) {
                        continue;
                    }
                    Path target = home.resolve(relative).normalize();
                    if (!target.startsWith(home)) {
                        throw new IOException("Zip entry outside target: " + name);
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        copy(zip, target);
                    }
                }
            }
            // java.util.zip drops Unix modes; kc.sh is started through bash, the other scripts get +x for humans.
            try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            Files.writeString(home.resolve(COMPLETE_MARKER), distZip.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + distZip + " into " + home + ": " + e.getMessage(), e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
