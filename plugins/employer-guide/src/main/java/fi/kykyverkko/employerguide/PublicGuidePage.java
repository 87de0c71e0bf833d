package fi.kykyverkko.employerguide;

import fi.kykyverkko.kernel.module.PublicPage;
import fi.kykyverkko.kernel.module.PublicPages;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.kit.HtmlText;
import fi.kykyverkko.shell.kit.PublicHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The guide for employers, without login: {@code /public/<region>/tyonantajaopas}. Only published sections;
 * a section without a text in the reader's language says so and shows the Finnish text, never a silent mix.
 */
@ApplicationScoped
public class PublicGuidePage implements PublicPage {

    public static final String NAME = "tyonantajaopas";

    @Inject
    EmployerGuide guide;

    @Inject
    TenantThemes themes;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void serve(Tenant tenant, String rest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!rest.isEmpty()) {
            PublicPages.notFound(request, response);
            return;
        }
        Locale language = PublicHtml.language(request);
        ResourceBundle t = ResourceBundle.getBundle(EmployerGuideModule.BUNDLE, language, PublicGuidePage.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<GuideSection> sections = guide.published(tenant.tenantId());
        response.setHeader("Cache-Control", "public, max-age=300");
        PublicHtml page = PublicHtml.begin(response, tenant, themes.load(tenant.theme()), language,
                request.getContextPath() + "/public/" + tenant.tenantId().value() + "/" + NAME, t.getString("guide.public.title"),
                "section{border-top:1px solid #ccc;padding-top:.5rem}.note{color:#4a4a4a;font-style:italic}");
        PrintWriter out = page.out();
        out.println("<p>" + HtmlText.escape(t.getString("guide.public.intro")) + "</p>");
        if (sections.isEmpty()) {
            out.println("<p>" + HtmlText.escape(t.getString("guide.public.empty")) + "</p>");
        } else {
            out.println("<nav aria-label=\"" + HtmlText.escape(t.getString("guide.public.contents")) + "\"><ol>");
            sections.forEach(s -> out.println("<li><a href=\"#" + HtmlText.escape(s.getCode()) + "\">"
                    + HtmlText.escape(s.getTitle().in(language)) + "</a></li>"));
            out.println("</ol></nav>");
        }
        for (GuideSection s : sections) {
            out.println("<section id=\"" + HtmlText.escape(s.getCode()) + "\" aria-labelledby=\"h-" + HtmlText.escape(s.getCode()) + "\">");
            boolean translated = GuideTexts.hasLanguage(s, language);
            out.println("<h2 id=\"h-" + HtmlText.escape(s.getCode()) + "\"" + (translated ? "" : " lang=\"fi\"") + ">"
                    + HtmlText.escape(s.getTitle().in(language)) + "</h2>");
            if (!translated) {
                out.println("<p class=\"note\">" + HtmlText.escape(t.getString("guide.public.only-finnish")) + "</p>");
            }
            for (String paragraph : GuideTexts.paragraphs(s.getBody().in(language))) {
                out.println("<p" + (translated ? "" : " lang=\"fi\"") + ">" + HtmlText.escape(paragraph) + "</p>");
            }
            if (s.getContact() != null) {
                out.println("<p><strong>" + HtmlText.escape(t.getString("guide.contact")) + ":</strong> " + HtmlText.escape(s.getContact()) + "</p>");
            }
            out.println("</section>");
        }
        page.end("<p>" + HtmlText.escape(t.getString("guide.public.footer")) + "</p>");
    }
}
