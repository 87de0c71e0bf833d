package fi.kykyverkko.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real MariaDB, real Connector/J: the app user's rights are exactly what the portal needs, and data survive a restart. */
class EmbeddedMariaDbIT {

    private static final String USER = "kyky";
    private static final String PASSWORD = "s3cret'pw";

    @TempDir
    Path dir;

    @Test
    void appUserHasExactlyThePortalRightsAndDataSurviveRestart() throws Exception {
        int port = freePort();
        Path data = dir.resolve("mariadb");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data, port, USER, PASSWORD)) {
            assertEquals("jdbc:mariadb://127.0.0.1:" + port + "/?useMysqlMetadata=true&connectTimeout=5000&socketTimeout=15000", db.jdbcUrl());
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), USER, PASSWORD);
                 Statement s = c.createStatement()) {
                Set<String> dbs = databases(s);
                assertTrue(dbs.containsAll(Set.of("platform", "batch", "keycloak")), "databases: " + dbs);

                s.execute("CREATE DATABASE tenant_x");
                s.execute("CREATE TABLE tenant_x.t (id INT PRIMARY KEY)");
                s.execute("INSERT INTO tenant_x.t VALUES (42)");

                SQLException denied = assertThrows(SQLException.class, () -> s.execute("CREATE DATABASE other_x"));
                assertEquals(1044, denied.getErrorCode(), denied.getMessage()); // ER_DBACCESS_DENIED_ERROR
                assertTrue(!databases(s).contains("test"), "the world-writable test database must be gone");
            }
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), "root", ""),
                    "root without password must not connect over TCP");
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), USER, "wrong"));
        }
        assertTrue(Ports.isFree(port), "port " + port + " still in use after close()");

        // Same data dir again: idempotent set-up, earlier data still there.
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data, port, USER, PASSWORD);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM tenant_x.t")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
        }
    }

    /**
     * The audit log's schema is append-only for the portal user, also in a data dir made before the schema existed:
     * the grants are re-applied at every start, and a stray broader grant does not survive it.
     */
    @Test
    void theAuditSchemaIsAppendOnlyAlsoInAnInstallationMadeBeforeIt() throws Exception {
        int port = freePort();
        Path data = dir.resolve("mariadb");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data, port, USER, PASSWORD)) {
            // as an installation of the previous version was: no audit schema; plus a stray grant to be removed
            db.runAsAdministrator("DROP DATABASE kyky_audit;\n"
                    + "GRANT ALL PRIVILEGES ON `kyky_audit`.* TO 'kyky'@'127.0.0.1', 'kyky'@'localhost';\n");
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(data, port, USER, PASSWORD);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), USER, PASSWORD);
             Statement s = c.createStatement()) {
            assertTrue(databases(s).contains("kyky_audit"));
            // what a migration and the portal need
            s.execute("CREATE TABLE kyky_audit.entry (id BIGINT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(20))");
            s.execute("CREATE INDEX entry_what ON kyky_audit.entry (what)");
            s.execute("INSERT INTO kyky_audit.entry (what) VALUES ('read')");
            try (ResultSet rs = s.executeQuery("SELECT what FROM kyky_audit.entry")) {
                assertTrue(rs.next());
                assertEquals("read", rs.getString(1));
            }
            for (String change : List.of("UPDATE kyky_audit.entry SET what = 'nothing'", "DELETE FROM kyky_audit.entry",
                    "TRUNCATE TABLE kyky_audit.entry", "DROP TABLE kyky_audit.entry",
                    "ALTER TABLE kyky_audit.entry DROP COLUMN what", "RENAME TABLE kyky_audit.entry TO kyky_audit.gone",
                    "REPLACE INTO kyky_audit.entry (id, what) VALUES (1, 'forged')")) {
                SQLException denied = assertThrows(SQLException.class, () -> s.execute(change), change);
                assertEquals(1142, denied.getErrorCode(), change + ": " + denied.getMessage()); // ER_TABLEACCESS_DENIED_ERROR
            }
            SQLException denied = assertThrows(SQLException.class, () -> s.execute("DROP DATABASE kyky_audit"));
            assertEquals(1044, denied.getErrorCode(), denied.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(what) FROM kyky_audit.entry")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals("read", rs.getString(2));
            }
        }
    }

    @Test
    void takenPortIsReportedByNumber() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> EmbeddedMariaDb.start(dir.resolve("x"), taken.getLocalPort(), USER, PASSWORD));
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
        }
    }

    private static Set<String> databases(Statement s) throws SQLException {
        Set<String> names = new HashSet<>();
        try (ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
