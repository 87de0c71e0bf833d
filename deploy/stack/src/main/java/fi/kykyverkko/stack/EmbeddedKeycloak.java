package fi.kykyverkko.stack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    /** The portal's confidential client in the realm file. */
    public static final String PORTAL_CLIENT = "kykyverkko-portal";
    /** Written last when unzipping: its absence means a half-extracted installation. */
    private static final String COMPLETE_MARKER = ".kykyverkko-unpacked";
    private static final System.Logger LOG = System.getLogger(EmbeddedKeycloak.class.getName());

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
     * database under {@code installDir/data}. The login theme is installed afresh on every start, and made the
     * realm's login theme also in a realm imported before the theme existed.
     * <p>
     * The realm file carries no client secret: {@code portalClientSecret} (generated per installation by the
     * launcher) goes into the copy Keycloak imports, which is deleted once Keycloak is up, and on every start the
     * running realm is brought to what the file says about security ({@link RealmSecurity}): the portal client's
     * secret and grants, its service account's realm-management roles, brute-force protection, the password policy
     * and the event settings. A realm imported by an older version (with the shipped secret and manage-realm) is
     * corrected by the next start.
     *
     * @throws IllegalStateException with the last 40 log lines if Keycloak does not come up within timeout
     */
    public static EmbeddedKeycloak start(Path distZip, Path installDir, int port, Path realmJson, String portalClientSecret,
            LoginTheme loginTheme, EmbeddedMariaDb db, String dbUser, String dbPassword, String adminUser, String adminPassword, Path logFile,
            Duration timeout) {
        Ports.requireFree(port, "Keycloak");
        loginTheme.requireSource();
        Path home = installDir.toAbsolutePath().normalize();
        install(distZip, home);
        // a folder under themes/ needs no rebuild of Keycloak, and start-dev does not cache themes
        loginTheme.installInto(home);
        checkPooledConnectionsOnBorrow(home);
        RealmSecurity security = RealmSecurity.read(realmJson, PORTAL_CLIENT, portalClientSecret);
        Path importCopy = home.resolve("data/import").resolve(REALM + "-realm.json");
        try {
            Files.createDirectories(importCopy.getParent());
            // the copy holds the secret: owner only, and gone once Keycloak has read it
            Files.deleteIfExists(importCopy);
            Files.createFile(importCopy, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(importCopy, security.realmWithSecret());
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
            deleteQuietly(importCopy);
            keycloak.secure(security, adminUser, adminPassword);
        } catch (RuntimeException e) {
            deleteQuietly(importCopy);
            keycloak.close();
            throw e;
        }
        keycloak.useLoginTheme(adminUser, adminPassword);
        return keycloak;
    }

    /**
     * Keycloak's pool (Agroal) keeps a connection per worker thread and finds one dead only when a request fails on it,
     * so after a MariaDB restart each worker would fail one login. Checking a connection as it is borrowed (a ping on
     * localhost) costs little and makes a restarted database invisible to the people logging in. Written on every
     * start, so an installation made before this setting gets it too; Keycloak reads {@code conf/quarkus.properties}.
     */
    private static void checkPooledConnectionsOnBorrow(Path home) {
        try {
            Files.writeString(home.resolve("conf/quarkus.properties"), "# written by Kykyverkko's embedded stack on every start\n"
                    + "quarkus.datasource.jdbc.validate-on-borrow=true\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write Keycloak's pool settings into " + home.resolve("conf"), e);
        }
    }

    /** Brings the running realm to the realm file's security settings and the installation's secret; fatal if it cannot. */
    private void secure(RealmSecurity security, String adminUser, String adminPassword) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String bearer = adminBearer(http, adminUser, adminPassword, "the realm's security settings");
            if (bearer == null) {
                throw new IllegalStateException("The Keycloak admin " + adminUser + " cannot log in, so realm " + REALM
                        + "'s client secret and security settings cannot be set");
            }
            security.apply(http, url() + "/admin/realms/" + REALM, bearer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set realm " + REALM + "'s security settings: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while securing realm " + REALM, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete " + file + ": " + e.getMessage());
        }
    }

    /**
     * The realm file is imported on the very first start only, so a realm imported before the login theme existed
     * gets it through the Admin API. Failing here is not fatal: the login works in Keycloak's own look, and the
     * warning says why.
     */
    private void useLoginTheme(String adminUser, String adminPassword) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String bearer = adminBearer(http, adminUser, adminPassword, "the login theme (set realm " + REALM + "'s login theme to "
                    + LoginTheme.NAME + " in the admin console)");
            if (bearer == null) {
                return;
            }
            URI realm = URI.create(url() + "/admin/realms/" + REALM);
            HttpResponse<String> current = http.send(HttpRequest.newBuilder(realm).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (current.statusCode() == 200 && LoginTheme.NAME.equals(json(current.body()).getString("loginTheme", null))) {
                return;
            }
            // a partial representation: Keycloak changes only the fields it carries
            HttpResponse<String> changed = http.send(HttpRequest.newBuilder(realm).header("Authorization", bearer)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("loginTheme", LoginTheme.NAME).build().toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (changed.statusCode() != 204) {
                LOG.log(System.Logger.Level.WARNING, "Cannot set realm " + REALM + "'s login theme: HTTP " + changed.statusCode()
                        + " " + changed.body());
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot set realm " + REALM + "'s login theme: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The bootstrap admin's "Bearer ..." header for the Admin API, or null (logged as what cannot be set: {@code what}). */
    private String adminBearer(HttpClient http, String adminUser, String adminPassword, String what) throws IOException, InterruptedException {
            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(url() + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=" + enc(adminUser)
                            + "&password=" + enc(adminPassword))).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            LOG.log(System.Logger.Level.WARNING, "Cannot set " + what + ": the Keycloak admin " + adminUser
                    + " cannot log in (HTTP " + token.statusCode() + ")");
            return null;
        }
        return "Bearer " + json(token.body()).getString("access_token");
    }

    /**
     * Points the realm's e-mail settings (password reset, verify e-mail) at an SMTP server without authentication,
     * e.g. the launcher's {@link EmbeddedMail}, through the Admin API as the bootstrap admin, on every start (the
     * realm file is imported once only). Not fatal: a failure is a warning and Keycloak just cannot send e-mail.
     */
    public void useMailServer(String host, int smtpPort, String from, String adminUser, String adminPassword) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String bearer = adminBearer(http, adminUser, adminPassword, "realm " + REALM + "'s SMTP server");
            if (bearer == null) {
                return;
            }
            String smtp = Json.createObjectBuilder().add("smtpServer", Json.createObjectBuilder()
                    .add("host", host).add("port", String.valueOf(smtpPort)).add("from", from)
                    .add("fromDisplayName", "Kykyverkko").add("auth", "false").add("ssl", "false").add("starttls", "false"))
                    .build().toString();
            // a partial representation: Keycloak changes only the fields it carries
            HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(url() + "/admin/realms/" + REALM))
                    .header("Authorization", bearer)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(smtp)).build(), HttpResponse.BodyHandlers.ofString());
            if (changed.statusCode() != 204) {
                LOG.log(System.Logger.Level.WARNING, "Cannot set realm " + REALM + "'s SMTP server: HTTP "
                        + changed.statusCode() + " " + changed.body());
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot set realm " + REALM + "'s SMTP server: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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

    /** Deletes a folder and everything in it (gone already is fine). */
    static void deleteRecursively(Path dir) throws IOException {
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
