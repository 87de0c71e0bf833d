package fi.kykyverkko.shell.security;

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

/**
 * Gives the OpenID Connect mechanism ({@link OidcConfig}) a response whose redirect to Keycloak carries the
 * {@link LoginHints}. The mechanism builds its configuration once, so its own {@code extraParameters} cannot vary
 * by request; and it runs before any servlet filter, so a filter could not see the redirect.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class LoginHintsDecorator implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    LoginHints hints;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        SecurityHeadersFilter.apply(request, response); // the redirect to Keycloak is answered before any filter runs
        return mechanism.validateRequest(request, hints.wrap(request, response), context);
    }
}
