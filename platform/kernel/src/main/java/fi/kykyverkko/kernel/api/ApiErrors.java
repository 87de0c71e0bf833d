package fi.kykyverkko.kernel.api;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.persistence.DatabaseUnavailable;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error of the API as JSON listing its problems ({"problems": [{field, key}]}, as {@link ApiWrites} answers a
 * refused write), never the server's HTML page or a stack trace: invalid input 400 with each problem, a body JSON-B
 * cannot bind 400, a refused act 403, the JAX-RS statuses (404, 405, 415 ...) with a key naming them, the database out
 * of reach 503 {@code api.unavailable} with {@code Retry-After}, anything else
 * 500 {@code api.error} and the cause in the server's log. {@link NoStore} keeps every one of them out of caches.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof TransactionalException failedCommit && failedCommit.getCause() != null) {
            return toResponse(failedCommit.getCause()); // what went wrong inside, e.g. the commit's SystemException
        }
        if (error instanceof InvalidInputException invalid) {
            return ApiWrites.invalid(invalid.problems());
        }
        if (error instanceof StrictJsonReader.BodyTooLarge) {
            return answer(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "api.body.too-large");
        }
        if (error instanceof SecurityException) {
            return answer(Response.Status.FORBIDDEN.getStatusCode(), "api.forbidden");
        }
        if (error instanceof java.util.NoSuchElementException) {
            // a service's "no such thing here" (an id of another region or none): the same 404 as an unknown address
            return answer(Response.Status.NOT_FOUND.getStatusCode(), "api.status.404");
        }
        if (unbindable(error)) {
            return ApiWrites.invalid(new Problems().add("", "api.body.unreadable"));
        }
        if (error instanceof WebApplicationException web && web.getResponse() != null && web.getResponse().getStatus() < 500) {
            Response given = web.getResponse();
            if (given.hasEntity()) {
                return given;
            }
            return ApiWrites.problems(Response.fromResponse(given), new Problems().add("", "api.status." + given.getStatus()));
        }
        if (DatabaseUnavailable.causedBy(error)) {
            // not the request's fault: the client may try again once the database is back (a write cut off during its
            // commit may have been stored, so the text asks the client to check first)
            LOG.log(Level.WARNING, "API request found the database out of reach: " + error);
            return ApiWrites.problems(Response.status(Response.Status.SERVICE_UNAVAILABLE).header("Retry-After", "10"),
                    new Problems().add("", "api.unavailable"));
        }
        LOG.log(Level.SEVERE, "API request failed: " + error.getClass().getName(), error);
        return answer(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "api.error");
    }

    /** A body JSON-B could not bind: JSON-B's own error, however JAX-RS wrapped it. */
    private static boolean unbindable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
            if (t instanceof ProcessingException && t.getCause() == null) {
                return true;
            }
        }
        return false;
    }

    private static Response answer(int status, String key) {
        return ApiWrites.problems(Response.status(status), new Problems().add("", key));
    }
}
