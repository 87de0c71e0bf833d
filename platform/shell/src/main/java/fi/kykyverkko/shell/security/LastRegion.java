package fi.kykyverkko.shell.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;

/**
 * The region a person last worked in, kept in a cookie of this browser so that the next login starts there. It
 * holds only a region id (public, in every address anyway); whether the person may still use it is checked again.
 */
final class LastRegion {

    static final String COOKIE = "kyky-region";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private LastRegion() {
    }

    static Optional<TenantId> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? Optional.empty() : in(request.getCookies()).map(TenantId::of);
    }

    /** The region id the cookie names, when it could be a region id at all. */
    static Optional<String> in(Cookie[] cookies) {
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).filter(v -> TenantId.problemWith(v) == null).findFirst();
    }

    static void remember(TenantId region) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, region.value());
        cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
