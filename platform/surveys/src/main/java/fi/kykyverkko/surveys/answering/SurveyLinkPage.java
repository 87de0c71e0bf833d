package fi.kykyverkko.surveys.answering;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import fi.kykyverkko.surveys.survey.Surveys;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.kit.PublicHtml;
import fi.kykyverkko.shell.links.LinkPage;
import fi.kykyverkko.shell.links.LinkVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The respondent's page of a survey link: the instrument as a form ({@link InstrumentForm}) in the chosen language
 * (a visible "Selkosuomeksi" switch), posted back to the same address with a submission key made when the form was
 * shown; "Kiitos" only after the answer is committed. A retried post of a stored key says "Kiitos" again.
 */
@ApplicationScoped
public class SurveyLinkPage implements LinkPage {

    static final String KEY_FIELD = "submission";

    @Inject
    SurveyAnswers answers;

    @Inject
    TenantThemes themes;

    @Override
    public String purpose() {
        return Surveys.LINK_PURPOSE;
    }

    @Override
    public void serve(LinkVisit visit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RespondTexts t = new RespondTexts(request.getParameter("lang") == null ? PublicHtml.language(request).getLanguage() : request.getParameter("lang"));
        Optional<AnswerTarget> target = answers.target(visit.region().tenantId(), visit.link());
        if (target.isEmpty()) {
            message(response, visit, t, 404, "respond.gone.title", "respond.gone.text");
            return;
        }
        if (!target.get().survey().isOpenAt(java.time.Instant.now())) {
            message(response, visit, t, 410, "respond.closed.title", "respond.closed");
            return;
        }
        if (!"POST".equals(request.getMethod()) || request.getParameter(KEY_FIELD) == null) {
            form(response, visit, target.get(), t, SubmissionKeys.newKey(), new AnswerSet(Map.of()), Map.of());
            return;
        }
        String key = request.getParameter(KEY_FIELD);
        AnswerSet given = Shown.only(target.get().definition(), InstrumentForm.read(request.getParameterMap()));
        try {
            answers.submit(visit.region().tenantId(), target.get(), key, given);
            thanks(response, visit.region(), visit.self(), t);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            form(response, visit, target.get(), t, key, given, byItem(e.problems()));
        } catch (SurveyClosedException e) {
            message(response, visit, t, 410, "respond.closed.title", "respond.closed");
        } catch (LinkGoneException e) {
            message(response, visit, t, 404, "respond.gone.title", "respond.gone.text");
        }
    }

    @Override
    public boolean answerRetry(Tenant region, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter(KEY_FIELD);
        if (key == null || !answers.stored(region.tenantId(), key)) {
            return false;
        }
        thanks(response, region, request.getContextPath() + request.getServletPath() + request.getPathInfo(), new RespondTexts(request.getParameter("lang")));
        return true;
    }

    private static Map<String, List<String>> byItem(Problems problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Problems.Problem p : problems.list()) {
            out.computeIfAbsent(p.field(), f -> new java.util.ArrayList<>()).add(p.key());
        }
        return out;
    }

    private PublicHtml begin(HttpServletResponse response, Tenant region, String self, RespondTexts t, String title, String css) throws IOException {
        TenantThemes.Theme theme = themes.load(region.theme());
        return PublicHtml.begin(response, region, theme, RespondTexts.locale(t.language()), self, title,
                ".plain{display:inline-block;margin:.5rem 0;font-weight:600;min-height:44px;line-height:44px}" + (css == null ? "" : css));
    }

    private void form(HttpServletResponse response, LinkVisit visit, AnswerTarget target, RespondTexts t, String key,
                      AnswerSet given, Map<String, List<String>> problems) throws IOException {
        TenantThemes.Theme theme = themes.load(visit.region().theme());
        PublicHtml page = begin(response, visit.region(), visit.self(), t, target.survey().getTitle(),
                InstrumentForm.css(target.definition(), theme.primaryText()));
        PrintWriter out = page.out();
        if (!RespondTexts.PLAIN.equals(t.language()) && visit.credentialFields().isEmpty()) {
            out.println("<p><a class=\"plain\" id=\"plain-finnish\" lang=\"fi\" href=\"" + InstrumentForm.esc(visit.self()) + "?lang=fi-plain\">"
                    + InstrumentForm.esc(t.get("respond.plain-switch")) + "</a></p>");
        } else if (!RespondTexts.PLAIN.equals(t.language())) {
            // came in with a typed code: the code is the credential and stays in a form body, so the switch posts it
            out.println("<form method=\"post\" action=\"" + InstrumentForm.esc(visit.self()) + "\">" + visit.credentialFields()
                    + "<input type=\"hidden\" name=\"lang\" value=\"fi-plain\"><button type=\"submit\" class=\"plain\" id=\"plain-finnish\" lang=\"fi\">"
                    + InstrumentForm.esc(t.get("respond.plain-switch")) + "</button></form>");
        }
        out.println("<p id=\"intro\">" + InstrumentForm.esc(t.get(target.survey().isAnonymous() ? "respond.intro.anonymous" : "respond.intro")) + "</p>");
        out.println("<form method=\"post\" action=\"" + InstrumentForm.esc(visit.self()) + "\" novalidate>");
        out.println(visit.credentialFields());
        out.println("<input type=\"hidden\" name=\"" + KEY_FIELD + "\" value=\"" + InstrumentForm.esc(key) + "\">");
        out.println("<input type=\"hidden\" name=\"lang\" value=\"" + t.language() + "\">");
        out.println(InstrumentForm.items(target.definition(), t, given, problems));
        out.println("<button type=\"submit\" class=\"submit\" id=\"send\">" + InstrumentForm.esc(t.get("respond.send")) + "</button></form>");
        page.end(null);
    }

    private void thanks(HttpServletResponse response, Tenant region, String self, RespondTexts t) throws IOException {
        PublicHtml page = begin(response, region, self, t, t.get("respond.thanks.title"), null);
        page.out().println("<p id=\"thanks\">" + InstrumentForm.esc(t.get("respond.thanks.text")) + "</p>");
        page.end(null);
    }

    private void message(HttpServletResponse response, LinkVisit visit, RespondTexts t, int status, String title, String text) throws IOException {
        response.setStatus(status);
        PublicHtml page = begin(response, visit.region(), visit.self(), t, t.get(title), null);
        page.out().println("<p id=\"link-message\">" + InstrumentForm.esc(t.get(text)) + "</p>");
        page.end(null);
    }
}
