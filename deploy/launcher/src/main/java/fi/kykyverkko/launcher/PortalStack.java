package fi.kykyverkko.launcher;

import fi.kykyverkko.stack.Ports;
import fi.kykyverkko.launcher.LauncherConfig.ConfigException;
import fi.kykyverkko.stack.EmbeddedKeycloak;
import fi.kykyverkko.stack.EmbeddedMail;
import fi.kykyverkko.stack.EmbeddedMariaDb;
import fi.kykyverkko.stack.LoginTheme;
import fi.kykyverkko.stack.PayaraMicroProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MariaDB → mail server (and its page) → Keycloak → Payara Micro with the portal; stopped in the reverse order. */
final class PortalStack implements AutoCloseable {

    static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(5);
    /** A portal start that writes nothing to its log for this long has hung. */
    static final Duration PORTAL_SILENCE = Duration.ofMinutes(3);
    /** ... and one that has not answered in this time will not (about 60 s on an idle 2-core machine). */
    static final Duration PORTAL_LIMIT = Duration.ofMinutes(15);

    private final LauncherConfig config;
    private final PrintStream out;
    private EmbeddedMariaDb db;
    private EmbeddedMail mail;
    private MailWeb mailWeb;
    private EmbeddedKeycloak keycloak;
    private PayaraMicroProcess payara;
    private boolean closed;

    PortalStack(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Checks what can be checked before anything is started or written: the build output and the ports. */
    void preflight() {
        requireFile(config.stackDir().resolve("payara-micro.jar"));
        requireFile(config.stackDir().resolve("kykyverkko.war"));
        requireFile(config.stackDir().resolve("mariadb-java-client.jar"));
        requireFile(config.stackDir().resolve("post-boot-commands.asadmin"));
        if (config.embeddedKeycloak()) {
            keycloakZip(config.stackDir());
            requireFile(config.stackDir().resolve("kykyverkko-realm.json"));
            requireFile(loginTheme().resolve("login/theme.properties"));
        }
        requirePortsFree();
    }

    /** Starts everything and returns when the portal's readiness endpoint answers 200. */
    void start() {
        preflight();
        Path stack = config.stackDir();
        Path payaraJar = stack.resolve("payara-micro.jar");
        Path war = stack.resolve("kykyverkko.war");
        Path driver = stack.resolve("mariadb-java-client.jar");
        Path postBoot = stack.resolve("post-boot-commands.asadmin");
        createPrivateDir(config.dataDir());
        Secrets secrets = Secrets.load(config.dataDir());

        String dbUrl;
        String dbUser = config.dbUser();
        String dbPassword;
        if (config.embeddedDb()) {
            dbPassword = config.dbPassword().orElseGet(() -> secrets.getOrGenerate("db.app.password"));
            long t = System.nanoTime();
            EmbeddedMariaDb started = EmbeddedMariaDb.start(config.dataDir().resolve("mariadb"), config.dbPort(), dbUser,
                    dbPassword);
            set(() -> db = started);
            dbUrl = db.jdbcUrl();
            out.printf("MariaDB ready on 127.0.0.1:%d (data: %s) in %s%n", db.port(), config.dataDir().resolve("mariadb"),
                    since(t));
        } else {
            dbUrl = config.externalDbUrl().orElseThrow();
            dbPassword = config.dbPassword().orElseThrow(() -> new ConfigException(
                    "KYKY_DB_URL is set, so KYKY_DB_USER and KYKY_DB_PASSWORD are needed too"));
            out.println("Using external database " + dbUrl);
        }

        String mailHost;
        if (config.embeddedMail()) {
            long t = System.nanoTime();
            EmbeddedMail startedMail = EmbeddedMail.start(config.mailPort());
            set(() -> mail = startedMail);
            MailWeb startedWeb = MailWeb.start(config.mailWebPort(), mail);
            set(() -> mailWeb = startedWeb);
            mailHost = "127.0.0.1";
            out.printf("Mail server (demo, GreenMail) ready on 127.0.0.1:%d, sent mail at %s in %s%n", mail.port(),
                    mailWeb.url(), since(t));
        } else {
            mailHost = config.externalMailHost().orElseThrow();
            out.println("Using mail server " + mailHost + " (KYKY_MAIL_HOST)");
        }

        String keycloakUrl;
        String clientSecret;
        if (config.embeddedKeycloak()) {
            // generated once per installation, as the database password; the realm file in Git has none
            clientSecret = config.oidcClientSecret().orElseGet(() -> secrets.getOrGenerate("oidc.client.secret", 32));
            Path zip = keycloakZip(stack);
            String version = zip.getFileName().toString().replace("keycloak-quarkus-dist-", "").replace(".zip", "");
            Path log = config.logDir().resolve("keycloak.log");
            String adminPassword = config.keycloakAdminPassword()
                    .orElseGet(() -> secrets.getOrGenerate("keycloak.admin.password"));
            out.printf("Keycloak %s starting on http://localhost:%d (log: %s; the first start takes a minute or two)%n",
                    version, config.keycloakPort(), log);
            long t = System.nanoTime();
            EmbeddedKeycloak started = EmbeddedKeycloak.start(zip, config.dataDir().resolve("keycloak-" + version),
                    config.keycloakPort(), requireFile(stack.resolve("kykyverkko-realm.json")), clientSecret,
                    new LoginTheme(loginTheme(), themesDir()), db, dbUser, dbPassword,
                    LauncherConfig.KEYCLOAK_ADMIN_USER, adminPassword, log, KEYCLOAK_TIMEOUT);
            set(() -> keycloak = started);
            keycloakUrl = keycloak.url();
            if (mail != null) {
                // password reset and e-mail verification mail lands in the demo mailbox too
                keycloak.useMailServer("127.0.0.1", mail.port(), config.mailFrom(), LauncherConfig.KEYCLOAK_ADMIN_USER,
                        adminPassword);
            }
            out.printf("Keycloak ready at %s (realm %s) in %s%n", keycloakUrl, config.realm(), since(t));
        } else {
            keycloakUrl = config.externalKeycloakUrl().orElseThrow();
            clientSecret = config.oidcClientSecret().orElseThrow(() -> new ConfigException(
                    "KYKY_KEYCLOAK_URL is set, so KYKY_OIDC_CLIENT_SECRET (the portal client's secret there) is needed too"));
            out.println("Using external Keycloak " + keycloakUrl);
        }

        String portalUrl = "http://localhost:" + config.portalPort();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KYKY_DB_URL", dbUrl);
        env.put("KYKY_DB_USER", dbUser);
        env.put("KYKY_DB_PASSWORD", dbPassword);
        env.put("KYKY_KEYCLOAK_URL", keycloakUrl);
        env.put("KYKY_KEYCLOAK_REALM", config.realm());
        env.put("KYKY_OIDC_CLIENT_ID", config.oidcClientId());
        env.put("KYKY_OIDC_CLIENT_SECRET", clientSecret);
        // identity codes are sealed with this key; it lives with the data it opens (KYKY_DATA_KEY overrides)
        env.put("KYKY_DATA_KEY", config.dataKey().orElseGet(() -> secrets.getOrGenerate("data.key", 48)));
        env.put("KYKY_TENANTS_DIR", tenantsDir().toString());
        env.put("KYKY_PORTAL_URL", portalUrl);
        env.put("KYKY_THEMES_DIR", themesDir().toString());
        if (mail != null) {
            // an operator's KYKY_MAIL_HOST (and its PORT, FROM, USER ...) reach Payara unchanged through the environment
            env.put("KYKY_MAIL_HOST", mailHost);
            env.put("KYKY_MAIL_PORT", String.valueOf(mail.port()));
            env.put("KYKY_MAIL_FROM", config.mailFrom());
        }
        // the embedded stack is a demo: demo people unless switched off
        env.put("KYKY_DEMO_USERS", System.getenv().getOrDefault("KYKY_DEMO_USERS", "true"));
        env.put("KYKY_DEMO_PASSWORD", demoPassword());
        env.put("KYKY_DEMO_DATA", System.getenv().getOrDefault("KYKY_DEMO_DATA", "true"));
        Path log = config.logDir().resolve("payara.log");
        out.printf("Portal starting on %s/ (log: %s)%n", portalUrl, log);
        long t = System.nanoTime();
        PayaraMicroProcess started = PayaraMicroProcess.start(payaraJar, war, driver, postBoot, config.portalPort(),
                config.portalBind(), env,
                config.dataDir().resolve("payara"), log);
        set(() -> payara = started);
        payara.awaitHttpOk(URI.create(portalUrl + "/health/ready"), PORTAL_SILENCE, PORTAL_LIMIT, Duration.ofSeconds(30),
                waited -> out.printf("  ... still starting (%d s; see %s)%n", waited.toSeconds(), log));
        out.printf("Portal ready in %s%n", since(t));
        printSummary(portalUrl, keycloakUrl, secrets);
    }

    /** Stops Payara, Keycloak, MariaDB in that order; safe to call more than once and from a shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (payara != null) {
            stop("Payara Micro", payara);
        }
        if (keycloak != null) {
            stop("Keycloak", keycloak);
        }
        if (mailWeb != null) {
            stop("the mail page", mailWeb);
        }
        if (mail != null) {
            stop("the mail server", mail);
        }
        if (db != null) {
            stop("MariaDB", db);
        }
    }

    private void stop(String name, AutoCloseable part) {
        out.println("Stopping " + name + " ...");
        try {
            part.close();
        } catch (Exception e) {
            out.println(name + " did not stop cleanly: " + e.getMessage());
        }
    }

    /** A part that started after close() began (Ctrl-C during start-up) is stopped right away. */
    private synchronized void set(Runnable assignment) {
        assignment.run();
        if (closed) {
            closed = false;
            close();
            throw new IllegalStateException("Start-up interrupted");
        }
    }

    private void printSummary(String portalUrl, String keycloakUrl, Secrets secrets) {
        String adminPassword = config.keycloakAdminPassword().isPresent() ? "(from KYKY_KEYCLOAK_ADMIN_PASSWORD)"
                : "(password: keycloak.admin.password in " + secrets.file() + ")";
        out.println();
        out.println("==================================================================================");
        out.println(" Kykyverkko is running. Stop with Ctrl-C (data are kept).");
        out.println();
        out.println(" Portal           " + portalUrl + "/" + ("127.0.0.1".equals(config.portalBind())
                ? "  (this machine only; KYKY_PORTAL_BIND=0.0.0.0 opens it to the network)"
                : "  (listening on " + config.portalBind() + ", KYKY_PORTAL_BIND)"));
        out.println(" Health           " + portalUrl + "/health/ready");
        if (config.embeddedKeycloak()) {
            out.println(" Keycloak admin   " + keycloakUrl + "/admin/  user " + LauncherConfig.KEYCLOAK_ADMIN_USER + " "
                    + adminPassword);
        } else {
            out.println(" Keycloak         " + keycloakUrl);
        }
        out.println(" Realm            " + keycloakUrl + "/realms/" + config.realm() + "/account/");
        if (mailWeb != null) {
            out.println(" Sent e-mail      " + mailWeb.url() + "  (demo mail server, SMTP 127.0.0.1:" + mail.port()
                    + "; nothing leaves this machine)");
        } else {
            out.println(" Mail server      " + config.externalMailHost().orElse("") + " (KYKY_MAIL_HOST)");
        }
        if (config.embeddedDb()) {
            out.println(" MariaDB          " + db.jdbcUrl() + "  user " + config.dbUser()
                    + " (password: db.app.password in " + secrets.file() + ")");
        }
        out.println(" Data dir         " + config.dataDir());
        out.println(" Logs             " + config.logDir() + "/{payara,keycloak,mariadb}.log");
        out.println(" Tenants          " + tenantsDir());
        out.println(" Themes           " + themesDir());
        if (!"false".equals(System.getenv("KYKY_DEMO_USERS"))) {
            out.println(" Demo users       <region>.<role>, e.g. lappi.professional, kymenlaakso.tenant-admin;");
            out.println("                  kela.asiantuntija (two regions), paakayttaja (platform admin); password " + demoPassword());
        }
        out.println("==================================================================================");
        out.flush();
    }

    /** The Keycloak login theme the build copied beside the realm file. */
    private Path loginTheme() {
        return config.stackDir().resolve("themes").resolve(LoginTheme.NAME);
    }

    /** The repository's themes/ beside tenants/, unless KYKY_THEMES_DIR says otherwise. */
    private Path themesDir() {
        String configured = System.getenv("KYKY_THEMES_DIR");
        return configured != null && !configured.isBlank() ? Path.of(configured) : tenantsDir().resolveSibling("themes");
    }

    private static String demoPassword() {
        return System.getenv().getOrDefault("KYKY_DEMO_PASSWORD", "Kykyverkko-demo-2026");
    }

    private Path tenantsDir() {
        return config.tenantsDir().orElse(config.dataDir().resolve("tenants"));
    }

    private void requirePortsFree() {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        if (config.embeddedDb()) {
            wanted.put(config.dbPort(), "MariaDB, KYKY_DB_PORT");
        }
        if (config.embeddedKeycloak()) {
            wanted.merge(config.keycloakPort(), "Keycloak, KYKY_KEYCLOAK_PORT", (a, b) -> a + " and " + b);
        }
        if (config.embeddedMail()) {
            wanted.merge(config.mailPort(), "mail server, KYKY_MAIL_PORT", (a, b) -> a + " and " + b);
            wanted.merge(config.mailWebPort(), "mail page, KYKY_MAIL_WEB_PORT", (a, b) -> a + " and " + b);
        }
        wanted.merge(config.portalPort(), "portal, KYKY_PORTAL_PORT", (a, b) -> a + " and " + b);
        List<String> problems = new ArrayList<>();
        wanted.forEach((port, who) -> {
            if (who.contains(" and ")) {
                problems.add("port " + port + " is configured twice (" + who + ")");
            } else if (!Ports.isFree(port)) {
                problems.add("port " + port + " (" + who + ") is already in use");
            }
        });
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("; ", problems)
                    + ". Stop the program using it (another Kykyverkko?) or choose another port.");
        }
    }


    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + " not found. Build the launcher first: mvn -pl deploy/launcher -am package"
                    + " (or set KYKY_STACK_DIR).");
        }
        return file;
    }

    private static Path keycloakZip(Path stack) {
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(stack, "keycloak-quarkus-dist-*.zip")) {
            for (Path zip : zips) {
                return zip;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + stack, e);
        }
        throw new ConfigException("No keycloak-quarkus-dist-*.zip in " + stack
                + ". Build the launcher first: mvn -pl deploy/launcher -am package");
    }

    /** The data dir holds secrets and personal data: owner only. */
    static void createPrivateDir(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String since(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
