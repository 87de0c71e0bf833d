package fi.kykyverkko.panels.tasks;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.tenancy.Tenant;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.member.MemberTexts;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.kit.HtmlText;
import fi.kykyverkko.shell.kit.PublicHtml;
import fi.kykyverkko.shell.links.LinkPage;
import fi.kykyverkko.shell.links.LinkVisit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The residents' page of a community task behind its open link ({@code /l/<region>/<token>}, no account, plain HTML
 * without script, for a 360 px phone): in plain Finnish unless the browser or {@code ?lang=} asks for Finnish,
 * Swedish or English; the task's questions, a text box each, an optional nickname; "thank you" once stored. A text
 * the identity guard refuses comes back with a plain reason and is not stored. Before and after its week the page
 * says so calmly. Too many answers from one address in a short time are asked to wait ({@link AnswerPace}).
 */
@ApplicationScoped
public class TaskPage implements LinkPage {

    static final String KEY_FIELD = "task-submission";
    static final String CSS = ".langs a{display:inline-block;min-height:44px;line-height:44px;margin-right:1rem;font-weight:600}"
            + "form{display:grid;gap:.5rem;max-width:40rem}label{font-weight:600;margin-top:.75rem}"
            + "textarea,input{font-size:1.1rem;padding:.5rem;width:100%;box-sizing:border-box;border:1px solid #767676;border-radius:4px}"
            + "textarea{min-height:8rem}button{font-size:1.2rem;padding:.6rem;min-height:48px;border:0;border-radius:4px;background:#1b1b1b;color:#fff}"
            + ".error{color:#a4000f;font-weight:600}.hint{color:#3d3d3d}";

    @Inject
    ResidentTasks tasks;

    @Inject
    AnswerPace pace;

    @Inject
    TenantThemes themes;

    @Override
    public String purpose() {
        return ResidentTasks.LINK_PURPOSE;
    }

    static String language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null && MemberTexts.LANGUAGES.contains(asked)) {
            return asked;
        }
        String browser = PublicHtml.language(request).getLanguage();
        return "sv".equals(browser) || "en".equals(browser) ? browser : MemberTexts.PLAIN;
    }

    @Override
    public void serve(LinkVisit visit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        MemberTexts t = new MemberTexts(language(request));
        var tenant = visit.region().tenantId();
        Optional<ResidentTask> found = taskOf(visit).flatMap(id -> tasks.taskOf(tenant, id));
        if (found.isEmpty()) {
            message(response, visit.region(), visit.self(), t, 404, "panels.task.page.gone.title", "panels.task.page.gone.text");
            return;
        }
        ResidentTask task = found.get();
        response.setHeader("Cache-Control", "no-store");
        ResidentTask.State state = task.stateOn(PortalTime.today());
        if (state == ResidentTask.State.CLOSED) {
            message(response, visit.region(), visit.self(), t, 410, "panels.task.page.closed.title", "panels.task.page.closed.text",
                    task.getTitle(), PortalTime.date(task.lastDay(), t.locale()));
            return;
        }
        if (state == ResidentTask.State.NOT_YET_OPEN) {
            message(response, visit.region(), visit.self(), t, 200, "panels.task.page.soon.title", "panels.task.page.soon.text",
                    task.getTitle(), PortalTime.date(task.getOpensOn(), t.locale()));
            return;
        }
        if (!"POST".equals(request.getMethod()) || request.getParameter(KEY_FIELD) == null) {
            form(response, visit, task, t, UUID.randomUUID().toString(), Map.of(), "", new Problems());
            return;
        }
        String key = request.getParameter(KEY_FIELD);
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 1; i <= task.questionList().size(); i++) {
            String v = request.getParameter("q" + i);
            if (v != null) {
                texts.put(i, v);
            }
        }
        String nickname = request.getParameter("nickname");
        if (!tasks.stored(tenant, key) && !pace.admit(tenant, request.getRemoteAddr() == null ? "" : request.getRemoteAddr())) {
            response.setHeader("Retry-After", Long.toString(AnswerPace.WINDOW.toSeconds()));
            message(response, visit.region(), visit.self(), t, 429, "panels.task.page.busy.title", "panels.task.page.busy.text");
            return;
        }
        try {
            tasks.answer(tenant, task.getId(), key, texts, nickname);
            thanks(response, visit.region(), visit.self(), t);
        } catch (InvalidInputException e) {
            if (!e.problems().of("task").isEmpty()) {
                message(response, visit.region(), visit.self(), t, 410, "panels.task.page.closed.title", "panels.task.page.closed.text",
                        task.getTitle(), PortalTime.date(task.lastDay(), t.locale()));
                return;
            }
            response.setStatus(422);
            form(response, visit, task, t, key, texts, nickname == null ? "" : nickname, e.problems());
        }
    }

    @Override
    public boolean answerRetry(Tenant region, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = request.getParameter(KEY_FIELD);
        if (key == null || !tasks.stored(region.tenantId(), key)) {
            return false;
        }
        thanks(response, region, request.getContextPath() + request.getServletPath() + request.getPathInfo(), new MemberTexts(language(request)));
        return true;
    }

    private void form(HttpServletResponse response, LinkVisit visit, ResidentTask task, MemberTexts t, String key, Map<Integer, String> given,
                      String nickname, Problems problems) throws IOException {
        PublicHtml page = begin(response, visit.region(), visit.self(), t, task.getTitle());
        PrintWriter out = page.out();
        languages(out, visit, t);
        out.println("<p id=\"intro\">" + esc(t.get("panels.task.page.intro", PortalTime.date(task.lastDay(), t.locale()))) + "</p>");
        if (!problems.isEmpty()) {
            out.println("<p class=\"error\" id=\"problems\" role=\"alert\">" + esc(t.get("panels.task.page.fix")) + "</p>");
        }
        out.println("<form method=\"post\" action=\"" + esc(visit.self()) + "\" novalidate>");
        out.println(visit.credentialFields());
        out.println("<input type=\"hidden\" name=\"" + KEY_FIELD + "\" value=\"" + esc(key) + "\">");
        out.println("<input type=\"hidden\" name=\"lang\" value=\"" + esc(t.language()) + "\">");
        List<String> questions = task.questionList();
        for (int i = 1; i <= questions.size(); i++) {
            String field = "q" + i;
            List<Problems.Problem> mine = problems.of(field);
            out.println("<label for=\"" + field + "\" id=\"" + field + "-label\">" + esc(questions.get(i - 1)) + "</label>");
            for (int k = 0; k < mine.size(); k++) {
                out.println("<p class=\"error\" id=\"" + field + "-error-" + k + "\">" + esc(t.get(mine.get(k).key(), mine.get(k).args().toArray())) + "</p>");
            }
            out.println("<textarea id=\"" + field + "\" name=\"" + field + "\" maxlength=\"" + TaskAnswer.MAX_TEXT + "\""
                    + (mine.isEmpty() ? "" : " aria-invalid=\"true\" aria-describedby=\"" + field + "-error-0\"") + ">"
                    + esc(given.getOrDefault(i, "")) + "</textarea>");
        }
        List<Problems.Problem> nick = problems.of("nickname");
        out.println("<label for=\"nickname\">" + esc(t.get("panels.task.page.nickname")) + "</label>");
        out.println("<p class=\"hint\" id=\"nickname-hint\">" + esc(t.get("panels.task.page.nickname-hint")) + "</p>");
        for (Problems.Problem p : nick) {
            out.println("<p class=\"error\" id=\"nickname-error\">" + esc(t.get(p.key(), p.args().toArray())) + "</p>");
        }
        out.println("<input id=\"nickname\" name=\"nickname\" maxlength=\"" + TaskAnswer.MAX_NICKNAME + "\" autocomplete=\"off\" aria-describedby=\"nickname-hint\""
                + " value=\"" + esc(nickname) + "\">");
        out.println("<p class=\"hint\" id=\"privacy\">" + esc(t.get("panels.task.page.privacy")) + "</p>");
        out.println("<button type=\"submit\" id=\"send\">" + esc(t.get("panels.task.page.send")) + "</button></form>");
        page.end(null);
    }

    private static void languages(PrintWriter out, LinkVisit visit, MemberTexts t) {
        if (!visit.credentialFields().isEmpty()) {
            return; // came in with a typed code: no code in an address
        }
        out.print("<p class=\"langs\">");
        for (String l : MemberTexts.LANGUAGES) {
            if (!l.equals(t.language())) {
                out.print("<a id=\"lang-" + l + "\" lang=\"" + MemberTexts.locale(l).getLanguage() + "\" href=\"" + esc(visit.self()) + "?lang=" + l + "\">"
                        + esc(new MemberTexts(l).get("panels.task.page.language")) + "</a>");
            }
        }
        out.println("</p>");
    }

    private PublicHtml begin(HttpServletResponse response, Tenant region, String self, MemberTexts t, String title) throws IOException {
        return PublicHtml.begin(response, region, themes.load(region.theme()), t.locale(), self, title, CSS);
    }

    private void thanks(HttpServletResponse response, Tenant region, String self, MemberTexts t) throws IOException {
        PublicHtml page = begin(response, region, self, t, t.get("panels.task.page.thanks.title"));
        page.out().println("<p id=\"thanks\">" + esc(t.get("panels.task.page.thanks.text")) + "</p>");
        page.end(null);
    }

    private void message(HttpServletResponse response, Tenant region, String self, MemberTexts t, int status, String title, String text,
                         Object... args) throws IOException {
        response.setStatus(status);
        PublicHtml page = begin(response, region, self, t, t.get(title));
        page.out().println("<p id=\"link-message\">" + esc(t.get(text, args)) + "</p>");
        page.end(null);
    }

    private static Optional<Long> taskOf(LinkVisit visit) {
        String subject = visit.link().subject();
        if (subject == null || !subject.startsWith(ResidentTasks.LINK_SUBJECT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(subject.substring(ResidentTasks.LINK_SUBJECT.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String esc(String text) {
        return HtmlText.escape(text);
    }
}
