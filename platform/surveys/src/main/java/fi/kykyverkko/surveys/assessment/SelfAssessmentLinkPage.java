package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.kit.PublicHtml;
import fi.kykyverkko.shell.links.LinkPage;
import fi.kykyverkko.shell.links.LinkVisit;
import fi.kykyverkko.surveys.answering.InstrumentForm;
import fi.kykyverkko.surveys.answering.RespondTexts;
import fi.kykyverkko.surveys.answering.Shown;
import fi.kykyverkko.surveys.answering.SubmissionKeys;
import fi.kykyverkko.surveys.instruments.AnswerSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client's page of a self-assessment link ({@code /l/<region>/<token>}, purpose
 * {@value Measurement#LINK_PURPOSE}): the measurement's instrument as a form ({@link InstrumentForm}) in the chosen
 * language with the "Selkosuomeksi" switch, and below it the client's own change chart of the episode while there
 * is anything answered ({@link OwnChart}). Posted back to the same address; "Kiitos" and the chart with the new value
 * only after {@link SelfAssessments#recordAnswer} committed. Problems: 422 with the messages beside the items. A
 * repeated post (the link is then spent) gets "Kiitos" again through {@link #answerRetry}, which is given the token
 * in the path and shows the chart only to its holder. A spent, expired or revoked link otherwise gets the shell's
 * calm "not valid" page.
 */
@ApplicationScoped
public class SelfAssessmentLinkPage implements LinkPage {

    /** The form field that marks a post as this page's (its value: a submission key, for the form's shape). */
    static final String KEY_FIELD = "assessment-submission";

    @Inject
    SelfAssessments assessments;

    @Inject
    TenantThemes themes;

    @Override
    public String purpose() {
        return Measurement.LINK_PURPOSE;
    }

    @Override
    public void serve(LinkVisit visit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RespondTexts t = texts(request);
        Optional<SelfAssessments.LinkPage> target = assessments.forLink(visit.region().tenantId(), visit.link().id());
        if (target.isEmpty()) {
            message(response, visit.region(), visit.self(), t, 404, "respond.gone.title", "respond.gone.text");
            return;
        }
        if (target.get().measurement().isAnswered()) {
            thanks(response, visit.region(), visit.self(), t, target.get());
            return;
        }
        if (!"POST".equals(request.getMethod()) || request.getParameter(KEY_FIELD) == null) {
            form(response, visit, target.get(), t, SubmissionKeys.newKey(), new AnswerSet(Map.of()), Map.of());
            return;
        }
        String key = SubmissionKeys.isValid(request.getParameter(KEY_FIELD)) ? request.getParameter(KEY_FIELD) : SubmissionKeys.newKey();
        AnswerSet given = Shown.only(target.get().definition(), InstrumentForm.read(request.getParameterMap()));
        try {
            assessments.recordAnswer(visit.region().tenantId(), visit.link().id(), given);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            form(response, visit, target.get(), t, key, given, byItem(e.problems()));
            return;
        }
        thanks(response, visit.region(), visit.self(), t, assessments.forLink(visit.region().tenantId(), visit.link().id()).orElseThrow());
    }

    @Override
    public boolean answerRetry(Tenant region, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter(KEY_FIELD) == null) {
            return false;
        }
        String token = tokenOf(request.getPathInfo());
        Optional<SelfAssessments.LinkPage> answered = token == null ? Optional.empty() : assessments.answeredThrough(region.tenantId(), token);
        if (answered.isEmpty()) {
            return false;
        }
        thanks(response, region, request.getContextPath() + request.getServletPath() + request.getPathInfo(), texts(request), answered.get());
        return true;
    }

    /** The token of a path {@code /<region>/<token>}, or null. */
    static String tokenOf(String pathInfo) {
        if (pathInfo == null) {
            return null;
        }
        String[] parts = pathInfo.split("/", -1);
        return parts.length == 3 && !parts[2].isEmpty() ? parts[2] : null;
    }

    private static String esc(String text) {
        return fi.kykyverkko.shell.kit.HtmlText.escape(text == null ? "" : text);
    }

    static RespondTexts texts(HttpServletRequest request) {
        return new RespondTexts(request.getParameter("lang") == null ? PublicHtml.language(request).getLanguage() : request.getParameter("lang"));
    }

    private static Map<String, List<String>> byItem(Problems problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Problems.Problem p : problems.list()) {
            out.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p.key());
        }
        return out;
    }

    private PublicHtml begin(HttpServletResponse response, Tenant region, String self, RespondTexts t, String title, String css) throws IOException {
        TenantThemes.Theme theme = themes.load(region.theme());
        return PublicHtml.begin(response, region, theme, RespondTexts.locale(t.language()), self, title,
                ".plain{display:inline-block;margin:.5rem 0;font-weight:600;min-height:44px;line-height:44px}" + OwnChart.CSS
                        + (css == null ? "" : css));
    }

    private void form(HttpServletResponse response, LinkVisit visit, SelfAssessments.LinkPage target, RespondTexts t, String key,
                      AnswerSet given, Map<String, List<String>> problems) throws IOException {
        TenantThemes.Theme theme = themes.load(visit.region().theme());
        PublicHtml page = begin(response, visit.region(), visit.self(), t, target.definition().name().in(t.language()),
                InstrumentForm.css(target.definition(), theme.primaryText()));
        PrintWriter out = page.out();
        if (!RespondTexts.PLAIN.equals(t.language()) && visit.credentialFields().isEmpty()) {
            out.println("<p><a class=\"plain\" id=\"plain-finnish\" lang=\"fi\" href=\"" + esc(visit.self()) + "?lang=fi-plain\">"
                    + esc(t.get("respond.plain-switch")) + "</a></p>");
        } else if (!RespondTexts.PLAIN.equals(t.language())) {
            out.println("<form method=\"post\" action=\"" + esc(visit.self()) + "\">" + visit.credentialFields()
                    + "<input type=\"hidden\" name=\"lang\" value=\"fi-plain\"><button type=\"submit\" class=\"plain\" id=\"plain-finnish\" lang=\"fi\">"
                    + esc(t.get("respond.plain-switch")) + "</button></form>");
        }
        out.println("<p id=\"intro\">" + esc(t.get("respond.assessment.intro")) + "</p>");
        out.println("<form method=\"post\" action=\"" + esc(visit.self()) + "\" novalidate>");
        out.println(visit.credentialFields());
        out.println("<input type=\"hidden\" name=\"" + KEY_FIELD + "\" value=\"" + esc(key) + "\">");
        out.println("<input type=\"hidden\" name=\"lang\" value=\"" + t.language() + "\">");
        out.println(InstrumentForm.items(target.definition(), t, given, problems));
        out.println("<button type=\"submit\" class=\"submit\" id=\"send\">" + esc(t.get("respond.send")) + "</button></form>");
        if (target.episode().stream().anyMatch(m -> m.isAnswered() && m.getInstrumentCode().equals(target.definition().code()))) {
            out.println(OwnChart.html(target.definition(), target.episode(), t, PortalTime.today()));
        }
        page.end(null);
    }

    private void thanks(HttpServletResponse response, Tenant region, String self, RespondTexts t, SelfAssessments.LinkPage answered) throws IOException {
        PublicHtml page = begin(response, region, self, t, t.get("respond.thanks.title"), null);
        page.out().println("<p id=\"thanks\">" + esc(t.get("respond.assessment.thanks")) + "</p>");
        page.out().println(OwnChart.html(answered.definition(), answered.episode(), t, PortalTime.today()));
        page.end(null);
    }

    private void message(HttpServletResponse response, Tenant region, String self, RespondTexts t, int status, String title, String text) throws IOException {
        response.setStatus(status);
        PublicHtml page = begin(response, region, self, t, t.get(title), null);
        page.out().println("<p id=\"link-message\">" + esc(t.get(text)) + "</p>");
        page.end(null);
    }
}
