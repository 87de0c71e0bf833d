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
import jakarta.servlet.http.HttpSession;

/**
 * Only a page the browser navigates to starts a login. A request a page sends by itself (Vaadin's messages, the
 * beacon it sends when a page closes) that arrives without a logged-in session answers 401 instead. Otherwise such a
 * request, sent by the page the person just logged out of, would begin a second login in the new session and
 * replace the state of the login the person is doing in Keycloak at that moment; Keycloak's return would then not
 * match and end on an empty page.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 1)
public abstract class BackgroundRequestsDecorator implements HttpAuthenticationMechanism {

    /** Set by {@link LoginCallbackServlet} once the OpenID Connect mechanism has logged the person in. */
    static final String LOGGED_IN = "kyky.logged-in";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (context.isProtected() && isBackground(request.getHeader("Sec-Fetch-Mode")) && !loggedIn(request.getSession(false))) {
            return context.responseUnauthorized();
        }
        return mechanism.validateRequest(request, response, context);
    }

    /** Whether the browser says the page itself sent the request (fetch, beacon), not a navigation. */
    static boolean isBackground(String fetchMode) {
        return fetchMode != null && !fetchMode.equalsIgnoreCase("navigate");
    }

    static boolean loggedIn(HttpSession session) {
        return session != null && session.getAttribute(LOGGED_IN) != null;
    }
}
