package fi.kykyverkko.shell.kit;

import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.shell.TenantThemes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The frame of every public page (no login, no JavaScript, for phones and screen readers): the region's name
 * and colour, a skip link, the page heading, links to the page in Finnish, Swedish and English, a main
 * landmark and a footer. Texts: {@code kit.public.*} in the shell's bundle. A page writes its content between
 * {@link #begin} and {@link #end}.
 */
public final class PublicHtml {

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final PrintWriter out;

    private PublicHtml(PrintWriter out) {
        this.out = out;
    }

    /** The page's language: {@code ?lang=}, then the browser's, Finnish otherwise (as the not-found page chooses it). */
    public static Locale language(HttpServletRequest request) {
        return fi.kykyverkko.kernel.module.PublicPages.language(request);
    }

    /**
     * Starts the page: head, region band, heading, language links, and opens {@code <main>}.
     *
     * @param self    the page's own path (without query), for the language links
     * @param title   the heading, already in {@code language}
     * @param extraCss the page's own rules, added after the frame's
     */
    public static PublicHtml begin(HttpServletResponse response, Tenant tenant, TenantThemes.Theme theme, Locale language,
                                   String self, String title, String extraCss) throws IOException {
        ResourceBundle t = ResourceBundle.getBundle("i18n.portal", language, PublicHtml.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        String region = tenant.names().in(language);
        out.println("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + HtmlText.escape(title) + " – " + HtmlText.escape(region) + "</title>");
        out.println("<style>" + css(theme) + (extraCss == null ? "" : extraCss) + "</style></head><body>");
        out.println("<a class=\"skip\" href=\"#content\">" + HtmlText.escape(t.getString("kit.public.skip")) + "</a>");
        out.println("<header><p class=\"region\">" + HtmlText.escape(region) + "</p><h1>" + HtmlText.escape(title) + "</h1>");
        out.println("<nav aria-label=\"" + HtmlText.escape(t.getString("kit.public.languages")) + "\"><ul class=\"langs\">");
        for (String lang : LANGUAGES) {
            out.println("<li><a href=\"" + HtmlText.escape(self) + "?lang=" + lang + "\" lang=\"" + lang + "\""
                    + (lang.equals(language.getLanguage()) ? " aria-current=\"true\"" : "") + ">"
                    + HtmlText.escape(t.getString("kit.public.lang." + lang)) + "</a></li>");
        }
        out.println("</ul></nav></header><main id=\"content\" tabindex=\"-1\">");
        return new PublicHtml(out);
    }

    public PrintWriter out() {
        return out;
    }

    /** Closes {@code <main>}, writes the footer ({@code footerHtml} is markup the page built, already escaped) and ends the page. */
    public void end(String footerHtml) {
        out.println("</main>");
        if (footerHtml != null) {
            out.println("<footer>" + footerHtml + "</footer>");
        }
        out.println("</body></html>");
    }

    /** The region's colour as a band; text on it is white on the theme's text colour, which keeps 4.5:1 (WCAG AA). */
    private static String css(TenantThemes.Theme theme) {
        String band = theme.primary();
        String strong = theme.primaryText();
        return "body{font-family:system-ui,sans-serif;margin:0;line-height:1.5;color:#1b1b1b;background:#fff;overflow-wrap:anywhere}"
                + "header{border-top:.5rem solid " + band + ";padding:1rem;border-bottom:1px solid #ccc}"
                + "h1{margin:.2rem 0;font-size:1.6rem;color:" + strong + "}.region{margin:0;font-weight:600}"
                + "main{padding:1rem;max-width:60rem;margin:auto}"
                + ".langs{list-style:none;padding:0;display:flex;gap:1rem;margin:.5rem 0 0}"
                + "a{color:" + strong + "}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;color:#000;padding:.5rem}"
                + ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}"
                + ":focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}footer{padding:1rem;border-top:1px solid #ccc}";
    }
}
