package fi.kykyverkko.shell.links;

import static fi.kykyverkko.shell.kit.HtmlText.escape;

import fi.kykyverkko.kernel.links.GuessesRefusedException;
import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.module.PublicPages;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantRegistry;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.kit.PublicHtml;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Personal-link pages, without login: {@code /l/<region>/<token>} and the short-code entry {@code /l/<region>}.
 * The token (or typed code) is resolved through the rate-limited {@link PersonalLinks} overloads (the caller's
 * address counts the failures); an unknown, expired, revoked or spent link gets one calm "not valid any more"
 * page; a live link goes to the {@link LinkPage} of its purpose. Server-rendered HTML (no JavaScript) for phones
 * and screen readers, in the region's colours. Public by its own {@code @ServletSecurity}: the web.xml constraint
 * on {@code /*} is the less specific pattern for {@code /l/*}.
 */
@WebServlet(urlPatterns = "/l/*")
@ServletSecurity(@HttpConstraint)
public class LinkPages extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LinkPages.class.getName());
    /** The form field that carries a typed short code (in the body, never in an address). */
    public static final String CODE_FIELD = "code";

    @Inject
    transient PersonalLinks links;

    @Inject
    transient TenantRegistry registry;

    @Inject
    transient TenantThemes themes;

    @Inject
    @Any
    transient Instance<LinkPage> pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        handle(request, response, true);
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/", -1); // ["", "lappi", "<token>"]
        Optional<Tenant> region = parts.length >= 2 && TenantId.problemWith(parts[1]) == null
                ? registry.find(TenantId.of(parts[1])) : Optional.empty();
        if (region.isEmpty() || parts.length > 3) {
            PublicPages.notFound(request, response);
            return;
        }
        String self = request.getContextPath() + "/l/" + region.get().tenantId().value();
        try {
            boolean byCode = parts.length == 2 || parts[2].isEmpty();
            if (byCode && (!post || request.getParameter(CODE_FIELD) == null)) {
                codeEntry(request, response, region.get(), self, false);
                return;
            }
            String address = request.getRemoteAddr();
            Optional<LiveLink> link = byCode
                    ? links.resolveShortCode(region.get().tenantId(), request.getParameter(CODE_FIELD), address)
                    : links.resolve(region.get().tenantId(), parts[2], address);
            Optional<LinkPage> page = link.flatMap(l -> pageFor(l.purpose()));
            if (page.isEmpty()) {
                if (post && retried(region.get(), request, response)) {
                    return;
                }
                if (byCode) {
                    codeEntry(request, response, region.get(), self, true);
                } else {
                    gone(request, response, region.get(), self + "/" + parts[2]);
                }
                return;
            }
            String credential = byCode ? "<input type=\"hidden\" name=\"" + CODE_FIELD + "\" value=\"" + escape(request.getParameter(CODE_FIELD)) + "\">" : "";
            page.get().serve(new LinkVisit(region.get(), link.get(), byCode ? self : self + "/" + parts[2], credential), request, response);
        } catch (GuessesRefusedException e) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            message(request, response, region.get(), self, 429, "links.busy.title", "links.busy.text");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Link page of " + region.get().tenantId() + " failed", e);
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    private Optional<LinkPage> pageFor(String purpose) {
        return pages.stream().filter(p -> p.purpose().equals(purpose)).findFirst();
    }

    private boolean retried(Tenant region, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (LinkPage page : pages) {
            if (page.answerRetry(region, request, response)) {
                return true;
            }
        }
        return false;
    }

    private void gone(HttpServletRequest request, HttpServletResponse response, Tenant region, String self) throws IOException {
        message(request, response, region, self, HttpServletResponse.SC_NOT_FOUND, "links.gone.title", "links.gone.text");
    }

    private void message(HttpServletRequest request, HttpServletResponse response, Tenant region, String self, int status,
                         String title, String text) throws IOException {
        Locale language = PublicHtml.language(request);
        ResourceBundle t = texts(language);
        response.setStatus(status);
        PublicHtml page = PublicHtml.begin(response, region, themes.load(region.theme()), language, self, t.getString(title), null);
        page.out().println("<p id=\"link-message\">" + escape(t.getString(text)) + "</p>");
        page.end(null);
    }

    private void codeEntry(HttpServletRequest request, HttpServletResponse response, Tenant region, String self, boolean failed) throws IOException {
        Locale language = PublicHtml.language(request);
        ResourceBundle t = texts(language);
        if (failed) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        TenantThemes.Theme theme = themes.load(region.theme());
        PublicHtml page = PublicHtml.begin(response, region, theme, language, self, t.getString("links.code.title"),
                "form{display:grid;gap:.5rem;max-width:24rem}input,button{font-size:1.2rem;padding:.6rem;min-height:48px}"
                        + "button{background:" + theme.primaryText() + ";color:#fff;border:0;border-radius:4px}.error{color:#a4000f;font-weight:600}");
        var out = page.out();
        out.println("<p>" + escape(t.getString("links.code.intro")) + "</p>");
        out.println("<form method=\"post\" action=\"" + escape(self) + "\">");
        out.println("<input type=\"hidden\" name=\"lang\" value=\"" + language.getLanguage() + "\">");
        out.println("<label for=\"code\">" + escape(t.getString("links.code.label")) + "</label>");
        if (failed) {
            out.println("<p class=\"error\" id=\"code-error\">" + escape(t.getString("links.code.unknown")) + "</p>");
        }
        out.println("<input id=\"code\" name=\"" + CODE_FIELD + "\" autocomplete=\"off\" autocapitalize=\"characters\" spellcheck=\"false\""
                + (failed ? " aria-describedby=\"code-error\" aria-invalid=\"true\"" : "") + ">");
        out.println("<button type=\"submit\">" + escape(t.getString("links.code.button")) + "</button></form>");
        page.end(null);
    }

    static ResourceBundle texts(Locale language) {
        return ResourceBundle.getBundle("i18n.portal", language, LinkPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
