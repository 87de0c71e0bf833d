package fi.kykyverkko.kernel.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means that the database could not be reached (down, restarting, stalled or the pool without a
 * connection) or takes no writes for now (read-only, e.g. while a replica is promoted or a full disk is dealt with),
 * rather than that the request was wrong: the caller may then answer "try again in a moment" (HTTP 503)
 * instead of an internal error.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** True when {@code failure}, or anything it was caused by, says the database was out of reach. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException) {
                return true;
            }
            // SQLSTATE class 08 is "connection exception" in every SQL dialect
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // MariaDB's "running with the --read-only option" (1290) and "read-only mode" (1836)
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1290 || sql.getErrorCode() == 1836)) {
                return true;
            }
            // a commit the transaction manager could not finish: a resource (the database) failed under it, so its
            // outcome is unknown; the answer asks the client to check and send again
            if (t instanceof jakarta.transaction.SystemException) {
                return true;
            }
            // the application server's pool when it cannot open a connection (its own exception types, by name
            // so that the kernel does not depend on the server's internals)
            String type = t.getClass().getName();
            if (type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }
}
