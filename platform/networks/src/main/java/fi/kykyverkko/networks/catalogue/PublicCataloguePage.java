package fi.kykyverkko.networks.catalogue;

import static fi.kykyverkko.shell.kit.HtmlText.escape;

import fi.kykyverkko.kernel.exchange.csv.CsvWriter;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.networks.NetworksModule;
import fi.kykyverkko.networks.imports.ImportFormats;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.kit.PublicHtml;
import jakarta.inject.Inject;
import jakarta.json.Json;
import fi.kykyverkko.kernel.module.PublicPage;
import fi.kykyverkko.kernel.module.PublicPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public, read-only catalogue of a region, without login: {@code /public/<region>/palvelut} (an HTML page
 * for phones and screen readers, no JavaScript), {@code .../palvelut.json} (Open Referral HSDS 3.0) and
 * {@code .../palvelut.csv} (Excel). Filters come as query parameters ({@code q}, {@code category},
 * {@code municipality}, {@code lang}); they name needs, never people.
 */
@ApplicationScoped
public class PublicCataloguePage implements PublicPage {

    private static final Logger LOG = Logger.getLogger(PublicCataloguePage.class.getName());

    @Inject
    Catalogue catalogue;

    @Inject
    TenantThemes themes;

    @Override
    public String name() {
        return "palvelut";
    }

    @Override
    public void serve(Tenant region, String format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!format.matches("(\\.json|\\.csv)?")) {
            PublicPages.notFound(request, response);
            return;
        }
        Locale language = PublicHtml.language(request);
        CatalogueQuery query = new CatalogueQuery(request.getParameter("q"),
                Labelled.parse(ServiceCategory.class, request.getParameter("category"), NetworksModule::texts).orElse(null),
                request.getParameter("municipality"), null);
        try {
            List<CatalogueService> services = catalogue.search(region.tenantId(), query);
            response.setHeader("Cache-Control", "public, max-age=300");
            if (format.equals(".json")) {
                response.setContentType("application/json;charset=UTF-8");
                Json.createWriter(response.getOutputStream()).write(HsdsExport.of(region.tenantId(), services, language));
            } else if (format.equals(".csv")) {
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"palvelut-" + region.tenantId().value() + ".csv\"");
                CsvWriter.excel().write(ImportFormats.SERVICES.header(), services.stream().map(ImportFormats.SERVICES::row).toList(),
                        response.getOutputStream());
            } else {
                page(request, response, region, query, services, language);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Public catalogue of " + region.tenantId() + " failed", e);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Tenant tenant, CatalogueQuery query,
                      List<CatalogueService> services, Locale language) throws IOException {
        ResourceBundle t = NetworksModule.texts(language);
        String self = request.getContextPath() + "/public/" + tenant.tenantId().value() + "/palvelut";
        TenantThemes.Theme theme = themes.load(tenant.theme());
        PublicHtml page = PublicHtml.begin(response, tenant, theme, language, self, t.getString("networks.public.title"), css(theme));
        PrintWriter out = page.out();
        out.println("<p>" + escape(t.getString("networks.public.intro")) + "</p>");
        out.println("<form method=\"get\" action=\"" + self + "\" role=\"search\">");
        out.println("<input type=\"hidden\" name=\"lang\" value=\"" + language.getLanguage() + "\">");
        out.println("<label for=\"q\">" + escape(t.getString("networks.catalogue.search")) + "</label>");
        out.println("<input id=\"q\" name=\"q\" type=\"search\" value=\"" + escape(query.text()) + "\">");
        out.println("<label for=\"category\">" + escape(t.getString("networks.catalogue.category")) + "</label><select id=\"category\" name=\"category\">");
        out.println("<option value=\"\">" + escape(t.getString("networks.catalogue.any")) + "</option>");
        for (ServiceCategory c : ServiceCategory.values()) {
            out.println("<option value=\"" + c.name() + "\"" + (c == query.category() ? " selected" : "") + ">" + escape(t.getString(c.labelKey())) + "</option>");
        }
        out.println("</select>");
        out.println("<label for=\"municipality\">" + escape(t.getString("networks.catalogue.municipality")) + "</label>");
        out.println("<select id=\"municipality\" name=\"municipality\"><option value=\"\">" + escape(t.getString("networks.catalogue.any")) + "</option>");
        for (String m : tenant.municipalities()) {
            out.println("<option" + (m.equalsIgnoreCase(query.municipality() == null ? "" : query.municipality()) ? " selected" : "") + ">" + escape(m) + "</option>");
        }
        out.println("</select><button type=\"submit\">" + escape(t.getString("networks.public.search-button")) + "</button></form>");
        out.println("<h2 id=\"results\" tabindex=\"-1\">" + escape(java.text.MessageFormat.format(t.getString("networks.public.count"), services.size())) + "</h2>");
        out.println("<ul class=\"services\">");
        // Swedish and English readers are told when an entry is (partly) in Finnish, and that text is marked lang="fi"
        String finnish = language.getLanguage().equals("fi") ? "" : " lang=\"fi\"";
        for (CatalogueService s : services) {
            boolean translated = s.translatedInto(language);
            String untranslated = translated ? "" : finnish;
            out.println("<li><article aria-labelledby=\"s-" + s.getId() + "\"><h3 id=\"s-" + s.getId() + "\"" + untranslated + ">"
                    + escape(s.names().in(language)) + "</h3>");
            out.println("<p class=\"provider\">" + escape(s.getOrganisation().names().in(language)) + " · " + escape(t.getString(s.getCategory().labelKey())) + "</p>");
            if (!finnish.isEmpty() && (!translated || s.hasFinnishOnlyDetails())) {
                out.println("<p class=\"untranslated\">" + escape(t.getString(translated ? "networks.catalogue.finnish-details"
                        : "networks.catalogue.untranslated")) + "</p>");
            }
            out.println("<p" + untranslated + ">" + escape(s.descriptions().in(language)) + "</p><dl>");
            item(out, t.getString("networks.catalogue.target-group"), s.getTargetGroup(), finnish);
            item(out, t.getString("networks.catalogue.eligibility"), s.getEligibility(), finnish);
            item(out, t.getString("networks.catalogue.how-to-access"), s.getHowToAccess(), finnish);
            item(out, t.getString("networks.catalogue.channels"), String.join(", ", s.getChannels().stream().map(c -> t.getString(c.labelKey())).toList()), "");
            item(out, t.getString("networks.catalogue.municipalities"), s.getMunicipalities().isEmpty()
                    ? t.getString("networks.catalogue.whole-region") : String.join(", ", s.getMunicipalities()), "");
            item(out, t.getString("networks.catalogue.locations"), s.getLocations(), finnish);
            item(out, t.getString("networks.catalogue.contact"), String.join(", ", java.util.stream.Stream.of(s.getContactName(), s.getContactPhone(), s.getContactEmail())
                    .filter(java.util.Objects::nonNull).toList()), "");
            out.println("</dl>");
            if (s.getUrl() != null) {
                out.println("<p><a href=\"" + escape(s.getUrl()) + "\" rel=\"noopener\">" + escape(t.getString("networks.public.more")) + "<span class=\"sr\"> – "
                        + escape(s.names().in(language)) + "</span></a></p>");
            }
            out.println("<p class=\"reviewed\">" + escape(t.getString("networks.catalogue.last-reviewed")) + " " + PortalTime.date(s.getLastReviewed(), language) + "</p>");
            out.println("</article></li>");
        }
        out.println("</ul>");
        page.end("<p>" + escape(t.getString("networks.public.open-data"))
                + " <a href=\"" + self + ".json?lang=" + language.getLanguage() + "\">HSDS JSON</a> · <a href=\"" + self + ".csv\">CSV</a></p>");
    }

    /** A detail; {@code lang} is {@code  lang="fi"} for Finnish-only text on a Swedish or English page, else empty. */
    private static void item(PrintWriter out, String label, String value, String lang) {
        if (value != null && !value.isBlank()) {
            out.println("<dt>" + escape(label) + "</dt><dd" + lang + ">" + escape(value).replace("\n", "<br>") + "</dd>");
        }
    }

    /** The catalogue's own rules on top of the public frame: the search form and the service cards (long e-mail addresses wrap). */
    private static String css(TenantThemes.Theme theme) {
        return "form{display:grid;gap:.4rem;max-width:30rem}input,select,button{font-size:1rem;padding:.5rem;min-height:44px}"
                + "button{background:" + theme.primaryText() + ";color:#fff;border:0;border-radius:4px;cursor:pointer}"
                + ".services{list-style:none;padding:0}.services li{border:1px solid #767676;border-radius:6px;padding:0 1rem;margin:1rem 0;overflow-wrap:anywhere}"
                + ".provider,.reviewed{color:#4a4a4a}.untranslated{font-style:italic}dt{font-weight:600}dd{margin:0 0 .5rem}";
    }
}
