package fi.kykyverkko.shell.security;

import fi.kykyverkko.kernel.module.PublicPages;
import fi.kykyverkko.kernel.security.KeycloakSettings;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the portal adds when it sends a visitor to Keycloak to log in: the visitor's language and the look of
 * the region the login leads into ({@code /lappi/...}, or for the bare address the region last used here).
 *
 * <p>Language: {@code ui_locales} (OpenID Connect) gives the first login page the portal's language for the
 * visitor, ahead of a language cookie Keycloak may have kept from another visit. Keycloak ignores
 * {@code kc_locale} on this request; the login theme sends it from the first page on, so that the password page
 * does not switch to the language stored in the person's account.
 * Look: {@code kyky_look} names the region's theme; the login theme reads it on its first page (Keycloak passes
 * unknown parameters by).
 */
@ApplicationScoped
public class LoginHints {

    private static final Logger LOG = Logger.getLogger(LoginHints.class.getName());

    @Inject
    KeycloakSettings keycloak;

    @Inject
    TenantRegistry registry;

    /** {@code response}, whose redirect to Keycloak's authorization endpoint carries the hints for {@code request}. */
    public HttpServletResponse wrap(HttpServletRequest request, HttpServletResponse response) {
        return new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                super.sendRedirect(isAuthorizationRequest(location, keycloak.realm())
                        ? withHints(location, PublicPages.language(request), look(request)) : location);
            }
        };
    }

    /**
     * The theme of the region named first in the visited path; for an address without one (the bare address opens
     * the region last used in this browser) the theme of that region. Never fails a login.
     */
    Optional<String> look(HttpServletRequest request) {
        try {
            return regionIn(request.getRequestURI().substring(request.getContextPath().length()))
                    .or(() -> lastRegion(request.getCookies()))
                    .flatMap(region -> registry.find(TenantId.of(region))).map(Tenant::theme).filter(t -> !t.isBlank());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No region look for the login from " + request.getRequestURI(), e);
            return Optional.empty();
        }
    }

    /** "/lappi/networks/events" → "lappi": the first segment, when it could be a region id at all. */
    static Optional<String> regionIn(String path) {
        String[] segments = path.split("/", 3); // ["", "lappi", "networks/events"]
        return segments.length > 1 && TenantId.problemWith(segments[1]) == null ? Optional.of(segments[1]) : Optional.empty();
    }

    /** The region {@link LastRegion}'s cookie names, when it could be a region id at all. */
    static Optional<String> lastRegion(Cookie[] cookies) {
        return LastRegion.in(cookies);
    }

    /** Whether {@code location} is the realm's OpenID Connect authorization endpoint (whatever host Keycloak names). */
    static boolean isAuthorizationRequest(String location, String realm) {
        try {
            String path = URI.create(location).getPath();
            return path != null && path.endsWith("/realms/" + realm + "/protocol/openid-connect/auth");
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    /** The authorization request with the language and the look added, each only when not there already. */
    static String withHints(String location, Locale language, Optional<String> look) {
        StringBuilder url = new StringBuilder(location);
        add(url, "ui_locales", language.getLanguage());
        look.ifPresent(l -> add(url, "kyky_look", l));
        return url.toString();
    }

    private static void add(StringBuilder url, String name, String value) {
        int query = url.indexOf("?");
        if (query >= 0 && ("&" + url.substring(query + 1)).contains("&" + name + "=")) {
            return;
        }
        url.append(query < 0 ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
