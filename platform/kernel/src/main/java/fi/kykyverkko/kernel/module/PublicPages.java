package fi.kykyverkko.kernel.module;

import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything under {@code /public/} — the one part of the portal without login — goes through here, to the
 * {@link PublicPage} a module declares. Anything no installed module declares, a region that does not exist,
 * or a region that has the module off answers the same "not found" page, in the visitor's language, so a
 * public address reveals nothing about which regions or modules exist.
 */
@WebServlet("/public/*")
public class PublicPages extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(PublicPages.class.getName());
    static final String BUNDLE = "i18n.public";

    @Inject
    transient ModuleRegistry modules;

    @Inject
    transient TenantRegistry registry;

    @Inject
    @Any
    transient Instance<PublicPage> pages;

    /** A resolved request: the page, the region it serves and what follows the page name. */
    record Route(PublicPage page, Tenant tenant, String rest) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Route> route = route(request.getPathInfo());
        if (route.isEmpty()) {
            notFound(request, response);
            return;
        }
        try {
            route.get().page().serve(route.get().tenant(), route.get().rest(), request, response);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Public page " + request.getPathInfo() + " failed", e);
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /** "/lappi/palvelut.json" → the page named "palvelut" of a module Lapland has on, with rest ".json". */
    Optional<Route> route(String pathInfo) {
        if (pathInfo == null) {
            return Optional.empty();
        }
        String[] parts = pathInfo.split("/", 3); // ["", "lappi", "palvelut.json"]
        if (parts.length < 3 || TenantId.problemWith(parts[1]) != null) {
            return Optional.empty();
        }
        Optional<Tenant> tenant = registry.find(TenantId.of(parts[1]));
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        String tail = parts[2];
        for (PortalModule module : modules.enabledFor(tenant.get())) {
            for (Class<? extends PublicPage> type : module.publicPages()) {
                PublicPage page = pages.select(type).get();
                String rest = restAfter(tail, page.name());
                if (rest != null) {
                    return Optional.of(new Route(page, tenant.get(), rest));
                }
            }
        }
        return Optional.empty();
    }

    /** What follows {@code name} in {@code tail} when tail is the name itself, a format of it or a path below it. */
    static String restAfter(String tail, String name) {
        if (!tail.startsWith(name)) {
            return null;
        }
        String rest = tail.substring(name.length());
        return rest.isEmpty() || rest.startsWith(".") || rest.startsWith("/") ? rest : null;
    }

    /** The portal's own not-found page, never the server's. */
    public static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        message(request, response, HttpServletResponse.SC_NOT_FOUND, "not-found", null);
    }

    /**
     * A page of the portal's own saying one thing in the visitor's language ({@code <key>.title}, {@code <key>.text}
     * of the public bundle), never cached; with a "try again" link to {@code retry} when it is not null.
     */
    public static void message(HttpServletRequest request, HttpServletResponse response, int status, String key,
                               String retry) throws IOException {
        Locale language = language(request);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language, PublicPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String link = retry == null ? "" : "<p><a href=\"" + attribute(retry) + "\">" + texts.getString("retry") + "</a></p>";
        PrintWriter out = response.getWriter();
        out.printf("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Kykyverkko</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
                h1{color:#17496b;font-size:1.5rem}a{color:#0b5394}</style></head>
                <body><main><h1>%s</h1><p>%s</p>%s</main></body></html>
                """, language.getLanguage(), texts.getString(key + ".title"), texts.getString(key + ".title"),
                texts.getString(key + ".text"), link);
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** {@code ?lang=} first, then the browser's languages; Finnish when neither names fi, sv or en. */
    public static Locale language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null && asked.matches("fi|sv|en")) {
            return Locale.forLanguageTag(asked);
        }
        if (request.getHeader("Accept-Language") == null) {
            return Locale.forLanguageTag("fi"); // the server's own locale is no visitor's choice
        }
        for (Locale wanted : java.util.Collections.list(request.getLocales())) {
            if (wanted.getLanguage().matches("fi|sv|en")) {
                return Locale.forLanguageTag(wanted.getLanguage());
            }
        }
        return Locale.forLanguageTag("fi");
    }
}
