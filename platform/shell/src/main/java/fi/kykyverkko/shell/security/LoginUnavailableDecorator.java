package fi.kykyverkko.shell.security;

import fi.kykyverkko.kernel.module.PublicPages;
import fi.kykyverkko.kernel.security.KeycloakReachability;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When a login would start and Keycloak does not answer, the visitor gets a page in their language saying that login
 * is unavailable, with a link to try again (HTTP 503, Retry-After), instead of an empty HTTP 500. People already logged
 * in are not affected, and public pages and personal links never need Keycloak. Innermost of the mechanism's
 * decorators: background requests have been answered 401 before this runs.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 2)
public abstract class LoginUnavailableDecorator implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(LoginUnavailableDecorator.class.getName());

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    KeycloakReachability keycloak;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        boolean loginWouldStart = context.isProtected() && !BackgroundRequestsDecorator.loggedIn(request.getSession(false));
        if (loginWouldStart && !keycloak.reachable()) {
            return unavailable(request, response);
        }
        try {
            return mechanism.validateRequest(request, response, context);
        } catch (RuntimeException e) {
            if (!causedByIo(e)) {
                // the container would answer an empty 500 and log nothing: say here what failed
                LOG.log(Level.SEVERE, "The login of " + request.getRequestURI() + " failed", e);
                throw e;
            }
            // Keycloak went away between the check and the mechanism's own call (its discovery or token request)
            LOG.log(Level.WARNING, "Keycloak did not answer the login of " + request.getRequestURI() + ": " + e);
            keycloak.unreachable();
            return unavailable(request, response);
        }
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        try {
            response.setHeader("Retry-After", "30");
            String query = request.getQueryString();
            PublicPages.message(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "login-unavailable",
                    request.getRequestURI() + (query == null ? "" : "?" + query));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE; // answered: the container sends this response as it is
    }

    static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
