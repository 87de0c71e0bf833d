package fi.kykyverkko.testkit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kykyverkko.stack.EmbeddedKeycloak;
import fi.kykyverkko.stack.EmbeddedMariaDb;
import fi.kykyverkko.stack.LoginTheme;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real MariaDB and Keycloak, and GreenMail as the SMTP server, once for the whole integration-test run,
 * before Arquillian starts Payara Micro (which finds them through the KYKY_* environment Failsafe hands it).
 * Only active under Failsafe, where the kyky.it.* properties are set.
 */
public class TestStack implements LauncherSessionListener {

    private static EmbeddedMariaDb database;
    private static EmbeddedKeycloak keycloak;
    private static GreenMail mailServer;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        startOnce();
    }

    /** Static like the fields it sets, and synchronized like every other method that touches them. */
    private static synchronized void startOnce() {
        String dbPort = System.getProperty("kyky.it.db.port");
        if (dbPort == null || database != null) {
            return;
        }
        startMailServer();
        Path dataDir = Path.of(System.getProperty("kyky.it.data.dir"));
        database = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), Integer.parseInt(dbPort), dbUser(), dbPassword());
        Path realm = Path.of(System.getProperty("kyky.it.realm"));
        // the theme beside the realm file, with the looks of the themes the portal under test reads
        LoginTheme loginTheme = new LoginTheme(Path.of(System.getProperty("kyky.it.login-theme",
                realm.resolveSibling("themes/" + LoginTheme.NAME).toString())), themesDir());
        try {
            keycloak = EmbeddedKeycloak.start(Path.of(System.getProperty("kyky.it.keycloak.zip")), dataDir.resolve("keycloak"),
                    Integer.parseInt(System.getProperty("kyky.it.keycloak.port")), realm, portalClientSecret(), loginTheme,
                    database, dbUser(), dbPassword(), "admin", adminPassword(), dataDir.resolve("keycloak.log"), Duration.ofMinutes(5));
        } catch (RuntimeException e) {
            // a Keycloak that did not come up must not leave MariaDB running for the next run to trip over
            database.close();
            database = null;
            throw e;
        }
    }

    /**
     * Kills the test stack's MariaDB at once (SIGKILL), as a crash would, for the fault tests; every other part (the
     * portal, Keycloak) keeps running and must find the database gone. {@link #startDatabaseAgain()} brings it back.
     */
    public static synchronized void killDatabase() {
        if (database == null) {
            throw new IllegalStateException("the test stack's MariaDB is not running in this JVM");
        }
        database.kill();
        database = null;
    }

    /** Makes the test stack's MariaDB refuse (or take again) every write of the portal and Keycloak, for the fault tests. */
    public static synchronized void databaseReadOnly(boolean on) {
        if (database == null) {
            throw new IllegalStateException("the test stack's MariaDB is not running in this JVM");
        }
        database.readOnly(on);
    }

    /** Starts the test stack's MariaDB again on its port and data directory: InnoDB recovers what was committed. */
    public static synchronized void startDatabaseAgain() {
        if (database != null) {
            return;
        }
        database = EmbeddedMariaDb.startAgain(Path.of(System.getProperty("kyky.it.data.dir")).resolve("mariadb"),
                Integer.parseInt(System.getProperty("kyky.it.db.port")));
    }

    /** GreenMail on kyky.it.mail.port (SMTP, KYKY_MAIL_PORT for the portal) and kyky.it.mail.imap.port (read back). */
    private static void startMailServer() {
        String smtp = System.getProperty("kyky.it.mail.port");
        String imap = System.getProperty("kyky.it.mail.imap.port");
        if (smtp == null || imap == null || mailServer != null) {
            return;
        }
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(Integer.parseInt(smtp), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.parseInt(imap), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        // any address is a mailbox, opened with the address as login and password
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        mailServer = server;
    }

    /** What the test stack's mail server received (also inside the container: {@link TestMailbox#get()}). */
    public static TestMailbox mail() {
        return TestMailbox.get();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mailServer != null) {
            mailServer.stop();
            mailServer = null;
        }
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    public static String dbUser() {
        return System.getProperty("kyky.it.db.user", "kykyverkko");
    }

    public static String dbPassword() {
        return System.getProperty("kyky.it.db.password", "it-only-password");
    }

    /**
     * The portal client's secret in the test stack: the one Failsafe hands Payara Micro as KYKY_OIDC_CLIENT_SECRET
     * (deploy/portal's {@code it.oidc.client.secret}), written into the test Keycloak's realm at every start.
     */
    public static String portalClientSecret() {
        String secret = System.getenv("KYKY_OIDC_CLIENT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException("KYKY_OIDC_CLIENT_SECRET is not set for the integration tests (deploy/portal's failsafe sets it)");
        }
        return secret;
    }

    public static String adminPassword() {
        return "it-admin-password";
    }

    /** The region themes the portal under test reads (KYKY_THEMES_DIR, which Failsafe sets for both). */
    public static Path themesDir() {
        String dir = System.getenv("KYKY_THEMES_DIR");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    public static String keycloakUrl() {
        return "http://localhost:" + System.getProperty("kyky.it.keycloak.port");
    }

    public static String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + System.getProperty("kyky.it.db.port") + "/";
    }
}
