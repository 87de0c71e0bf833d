package fi.kykyverkko.shell.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns the browser after login. The OpenID Connect mechanism has already checked the code
 * and logged the person in when this runs; all that is left is to leave the callback URL (and its code) behind.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id seen before login is worthless after it (session fixation)
        }
        request.getSession().setAttribute(BackgroundRequestsDecorator.LOGGED_IN, Boolean.TRUE);
        response.sendRedirect(request.getContextPath() + "/");
    }
}
