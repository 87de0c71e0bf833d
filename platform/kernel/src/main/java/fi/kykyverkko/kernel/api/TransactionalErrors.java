package fi.kykyverkko.kernel.api;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A transaction that failed as it committed (the database went away under it) answers as every other API error does,
 * through {@link ApiErrors}: Jersey's own mapper for this exception would otherwise take it first and end in the
 * server's HTML error page (seen when MariaDB was killed under writes, issue 17).
 */
@Provider
@Priority(1)
public class TransactionalErrors implements ExceptionMapper<TransactionalException> {

    private final ApiErrors errors = new ApiErrors();

    @Override
    public Response toResponse(TransactionalException failure) {
        return errors.toResponse(failure);
    }
}
