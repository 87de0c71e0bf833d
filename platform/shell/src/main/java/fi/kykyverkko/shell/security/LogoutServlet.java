package fi.kykyverkko.shell.security;

import fi.kykyverkko.kernel.security.KeycloakSettings;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends the portal session and the Keycloak session (OpenID Connect RP-initiated logout), then Keycloak
 * sends the browser back to the portal's front page, which asks for a new login.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    @Inject
    KeycloakSettings keycloak;

    @Inject
    OpenIdContext openId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String idToken = null;
        try {
            idToken = openId.getIdentityToken() == null ? null : openId.getIdentityToken().getToken();
        } catch (RuntimeException notLoggedIn) {
            // no OpenID context: nothing to end at Keycloak beyond its own cookie
        }
        String back = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath() + "/";
        // the portal's login lives in the HTTP session; request.logout() would let the OpenID mechanism answer itself
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        StringBuilder url = new StringBuilder(keycloak.endSessionEndpoint())
                .append("?client_id=").append(enc(keycloak.clientId()))
                .append("&post_logout_redirect_uri=").append(enc(back));
        if (idToken != null) {
            url.append("&id_token_hint=").append(enc(idToken));
        }
        response.sendRedirect(url.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
