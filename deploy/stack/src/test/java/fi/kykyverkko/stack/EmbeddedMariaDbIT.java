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
            assertEquals("jdbc:mariadb://127.0.0.1:" + port + "/?useMysqlMetadata=true", db.jdbcUrl());
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
