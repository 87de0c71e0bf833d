package fi.kykyverkko.kernel.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database was out of reach, try again" and which are errors of the request or the code. */
class DatabaseUnavailableTest {

    @Test
    void aLostConnectionDeepInsideThePersistenceLayerIsUnavailability() {
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException("commit failed",
                new RuntimeException("eclipselink", new SQLNonTransientConnectionException("Socket fail to connect")))));
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("Connection refused", "08000")));
        assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException(new PoolingException("no connection"))));
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException(
                "The MariaDB server is running with the --read-only option so it cannot execute this statement", "HY000", 1290))));
    }

    @Test
    void constraintViolationsAndOtherErrorsAreNot() {
        assertFalse(DatabaseUnavailable.causedBy(new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate", "23000"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax", "42000")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad")));
    }

    /** Named as the server's pool names its failure. */
    private static final class PoolingException extends Exception {
        PoolingException(String message) {
            super(message);
        }
    }
}
