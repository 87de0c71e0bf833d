package fi.kykyverkko.panels.member;

import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.IdeaOutcome;
import fi.kykyverkko.panels.ideas.MemberNotice;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A member's page behind their personal link ({@code /l/<region>/<token>}, no login, plain HTML without script, for a
 * 360 px phone): in the member's language (or {@code ?lang=}, with a "Selkosuomeksi" switch), their notices of the
 * ideas they took part in, the panel's idea board with each status said plainly and its progress, the outcomes, and
 * the next meeting. Opening the page (GET) reads only; a POST comments on a memo open for comments or answers the
 * mood questions of a meeting just held (see {@code memos.MemoSection}, {@code mood.OwnMoodForm}), nothing else.
 */
@ApplicationScoped
public class MemberPage implements LinkPage {

    static final String CSS = ".plain{display:inline-block;min-height:44px;line-height:44px;font-weight:600}"
            + "ul.board,ul.notices{list-style:none;padding:0;margin:0}"
            + ".idea,.notice{border:1px solid #767676;border-radius:.5rem;padding:.75rem;margin:0 0 .75rem}"
            + ".idea h3{margin:0 0 .25rem;font-size:1.1rem}.status{font-weight:600;margin:.25rem 0}"
            + ".bar{background:#e6e6e6;border-radius:.25rem;height:.75rem;overflow:hidden}.bar span{display:block;height:100%;background:#1b1b1b}"
            + ".outcome{margin:.5rem 0 0;padding-left:1rem;border-left:4px solid #1b1b1b}.when{color:#3d3d3d;font-size:.95rem}"
            + fi.kykyverkko.panels.memos.MemoSection.CSS + fi.kykyverkko.panels.mood.OwnMoodForm.CSS;

    @Inject
    Panels panels;

    @Inject
    IdeaBoard board;

    @Inject
    TenantThemes themes;

    /** The memos open for comments or final (their photos served here too); see {@code memos.MemoSection}. */
    @Inject
    fi.kykyverkko.panels.memos.Memos memos;

    /** The mood questions on the member's own phone; see {@code mood.OwnMoodForm}. */
    @Inject
    fi.kykyverkko.panels.mood.OwnMood ownMood;

    @Override
    public String purpose() {
        return Panels.LINK_PURPOSE;
    }

    @Override
    public void serve(LinkVisit visit, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var tenant = visit.region().tenantId();
        Optional<Panelist> found = memberOf(visit).flatMap(id -> panels.member(tenant, id));
        Optional<CustomerPanel> panel = found.flatMap(m -> panels.panelOf(tenant, m.getPanelId()));
        MemberTexts t = new MemberTexts(request.getParameter("lang") != null ? request.getParameter("lang")
                : found.map(Panelist::getLanguage).orElse(PublicHtml.language(request).getLanguage()));
        TenantThemes.Theme theme = themes.load(visit.region().theme());
        if (found.isEmpty() || panel.isEmpty() || found.get().getLeftOn() != null) {
            response.setStatus(404);
            PublicHtml page = PublicHtml.begin(response, visit.region(), theme, t.locale(), visit.self(), t.get("panels.member.gone.title"), CSS);
            page.out().println("<p id=\"link-message\">" + esc(t.get("panels.member.gone.text")) + "</p>");
            page.end(null);
            return;
        }
        Panelist member = found.get();
        if (fi.kykyverkko.panels.memos.MemoSection.servePhoto(memos, tenant, member.getId(), request, response)) {
            return;
        }
        // a POST acts (a comment on a memo, the mood answer) and shows the page again with what came of it
        MemberPost posted = "POST".equals(request.getMethod()) ? posted(tenant, member, request) : null;
        if (posted != null && !posted.done()) {
            response.setStatus(422);
        }
        response.setHeader("Cache-Control", "no-store");
        PublicHtml page = PublicHtml.begin(response, visit.region(), theme, t.locale(), visit.self(), panel.get().getName(), CSS);
        PrintWriter out = page.out();
        if (!MemberTexts.PLAIN.equals(t.language())) {
            out.println("<p><a class=\"plain\" id=\"plain-finnish\" lang=\"fi\" href=\"" + esc(visit.self()) + "?lang=fi-plain\">"
                    + esc(new MemberTexts(MemberTexts.PLAIN).get("panels.member.plain-switch")) + "</a></p>");
        }
        out.println("<p id=\"greeting\">" + esc(t.get("panels.member.greeting", member.getName())) + "</p>");
        out.println("<p id=\"intro\">" + esc(t.get("panels.member.intro")) + "</p>");
        nextMeeting(out, t, tenant, member.getPanelId());
        fi.kykyverkko.panels.mood.OwnMoodForm.render(out, t, ownMood, tenant, member, visit, posted);
        fi.kykyverkko.panels.memos.MemoSection.render(out, t, memos, tenant, member.getId(), visit, posted);

        List<PanelIdea> ideas = board.boardOf(tenant, member.getPanelId());
        Map<Long, PanelIdea> byId = ideas.stream().collect(Collectors.toMap(PanelIdea::getId, Function.identity()));
        List<MemberNotice> notices = board.notices(tenant, member.getId());
        out.println("<section aria-labelledby=\"notices-h\"><h2 id=\"notices-h\">" + esc(t.get("panels.member.notices")) + "</h2>");
        if (notices.isEmpty()) {
            out.println("<p id=\"no-notices\">" + esc(t.get("panels.member.no-notices")) + "</p>");
        } else {
            out.println("<ul class=\"notices\" id=\"notices\">");
            for (MemberNotice n : notices) {
                PanelIdea idea = byId.get(n.getIdeaId());
                out.println("<li class=\"notice\"><p class=\"when\">" + esc(PortalTime.dateTime(n.getAt(), t.locale())) + "</p><p>"
                        + esc(t.get("panels.member.notice", idea == null ? "" : idea.getTitle(), t.get(n.getStatus().plainKey()), n.getProgress()))
                        + "</p>" + (n.getNote() == null ? "" : "<p>" + esc(n.getNote()) + "</p>") + "</li>");
            }
            out.println("</ul>");
        }
        out.println("</section>");

        Map<Long, List<IdeaOutcome>> outcomes = board.outcomesOfPanel(tenant, member.getPanelId()).stream()
                .collect(Collectors.groupingBy(IdeaOutcome::getIdeaId));
        out.println("<section aria-labelledby=\"board-h\"><h2 id=\"board-h\">" + esc(t.get("panels.member.board")) + "</h2>");
        if (ideas.isEmpty()) {
            out.println("<p>" + esc(t.get("panels.member.no-ideas")) + "</p>");
        }
        out.println("<ul class=\"board\" id=\"board\">");
        for (PanelIdea idea : ideas) {
            out.println("<li class=\"idea\" id=\"idea-" + idea.getId() + "\"><h3>" + esc(idea.getTitle()) + "</h3>");
            out.println("<p class=\"when\" id=\"idea-" + idea.getId() + "-origin\">" + esc(t.get(idea.origin().plainKey())) + "</p>");
            out.println("<p class=\"status\" id=\"idea-" + idea.getId() + "-status\">" + esc(t.get(idea.getStatus().plainKey())) + "</p>");
            out.println("<p id=\"idea-" + idea.getId() + "-progress\">" + esc(t.get("panels.member.progress", idea.getProgress())) + "</p>");
            out.println("<div class=\"bar\" aria-hidden=\"true\"><span style=\"width:" + idea.getProgress() + "%\"></span></div>");
            if (idea.getReason() != null) {
                out.println("<p>" + esc(t.get("panels.member.reason", idea.getReason())) + "</p>");
            }
            if (idea.getResponsiblePerson() != null) {
                out.println("<p>" + esc(t.get("panels.member.responsible", idea.getResponsiblePerson())) + "</p>");
            }
            for (IdeaOutcome o : outcomes.getOrDefault(idea.getId(), List.of())) {
                out.println("<div class=\"outcome\"><p><strong>" + esc(t.get("panels.member.outcome")) + "</strong> " + esc(o.getTitle()) + "</p>"
                        + (o.getDescription() == null ? "" : "<p>" + esc(o.getDescription()).replace("\n", "<br>") + "</p>") + "</div>");
            }
            out.println("</li>");
        }
        out.println("</ul></section>");
        page.end("<p>" + esc(t.get("panels.member.footer")) + "</p>");
    }

    private void nextMeeting(PrintWriter out, MemberTexts t, fi.kykyverkko.kernel.tenancy.TenantId tenant, long panelId) {
        Instant now = Instant.now();
        Optional<PanelMeeting> next = panels.meetingsOf(tenant, panelId).stream()
                .filter(m -> m.getEndsAt().isAfter(now) && m.getStatus() != MeetingStatus.HELD).findFirst();
        next.ifPresent(m -> out.println("<p id=\"next-meeting\">" + esc(m.getStatus() == MeetingStatus.CANCELLED
                ? t.get("panels.member.next-cancelled", PortalTime.dateTime(m.getStartsAt(), t.locale()), m.getCancelReason())
                : t.get("panels.member.next", PortalTime.dateTime(m.getStartsAt(), t.locale()), m.getPlace() == null ? "" : m.getPlace())) + "</p>"));
    }

    private MemberPost posted(fi.kykyverkko.kernel.tenancy.TenantId tenant, Panelist member, HttpServletRequest request) {
        MemberPost comment = fi.kykyverkko.panels.memos.MemoSection.post(memos, tenant, member.getId(), request);
        return comment != null ? comment : fi.kykyverkko.panels.mood.OwnMoodForm.post(ownMood, tenant, member.getId(), request);
    }

    private static Optional<Long> memberOf(LinkVisit visit) {
        String subject = visit.link().subject();
        if (subject == null || !subject.startsWith(Panels.LINK_SUBJECT)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(subject.substring(Panels.LINK_SUBJECT.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String esc(String text) {
        return HtmlText.escape(text);
    }
}
