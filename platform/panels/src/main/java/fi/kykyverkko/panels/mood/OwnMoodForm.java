package fi.kykyverkko.panels.mood;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.member.MemberPost;
import fi.kykyverkko.panels.member.MemberTexts;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.shell.kit.HtmlText;
import fi.kykyverkko.shell.links.LinkVisit;
import jakarta.servlet.http.HttpServletRequest;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mood questions on the member page ({@link OwnMood}): while a meeting's window is open and the member has not
 * answered, three groups of radio buttons with a face and a word each (plain HTML, no script: the native radio
 * keeps the keyboard and screen reader behaviour; the faces wrap at 360 px), and "Send". After it: "thank you".
 */
public final class OwnMoodForm {

    public static final String FORM = "own-mood";
    private static final String[] FACES = {"☹️", "😐", "🙂"};

    public static final String CSS = "fieldset.mood{border:0;padding:0;margin:0 0 1rem}fieldset.mood legend{font-weight:600;margin-bottom:.25rem}"
            + ".faces{display:flex;flex-wrap:wrap;gap:.5rem}.faces input{position:absolute;opacity:0;width:1px;height:1px}"
            + ".faces label{flex:1 1 6rem;display:flex;align-items:center;justify-content:center;gap:.4rem;min-height:56px;"
            + "border:2px solid #767676;border-radius:.5rem;font-size:1.1rem;padding:.25rem .5rem;cursor:pointer;background:#fff}"
            + ".faces .face{font-size:1.6rem}.faces input:checked+label{border-color:#1b1b1b;background:#1b1b1b;color:#fff}"
            + ".faces input:focus-visible+label{outline:3px solid #1b1b1b;outline-offset:3px}";

    private OwnMoodForm() {
    }

    /** A posted answer ({@code own-mood=<meeting id>}), or null when the post is not this form's. */
    public static MemberPost post(OwnMood mood, TenantId tenant, long memberId, HttpServletRequest request) {
        String meeting = request.getParameter(FORM);
        if (meeting == null) {
            return null;
        }
        Map<String, Integer> answers = new HashMap<>();
        for (var item : MoodFeedback.questions()) {
            String v = request.getParameter("m." + item.id());
            if (v != null && v.matches("[1-3]")) {
                answers.put(item.id(), Integer.parseInt(v));
            }
        }
        long meetingId;
        try {
            meetingId = Long.parseLong(meeting);
        } catch (NumberFormatException e) {
            return MemberPost.refused(FORM, List.of("panels.mood.own.closed"), null);
        }
        try {
            mood.record(tenant, memberId, meetingId, answers, Instant.now());
            return MemberPost.done(FORM);
        } catch (InvalidInputException e) {
            List<String> keys = e.problems().list().stream().map(Problems.Problem::key).distinct().toList();
            return keys.contains("panels.mood.own.already") ? MemberPost.done(FORM) : MemberPost.refused(FORM, keys, null);
        } catch (RuntimeException e) {
            // the same member's second post at the same moment: the marker's unique key refused it, the first one counts
            if (mood.hasAnswered(tenant, memberId, meetingId)) {
                return MemberPost.done(FORM);
            }
            throw e;
        }
    }

    public static void render(PrintWriter out, MemberTexts t, OwnMood mood, TenantId tenant, Panelist member, LinkVisit visit, MemberPost posted) {
        Optional<PanelMeeting> meeting = mood.meetingFor(tenant, member, Instant.now());
        if (meeting.isEmpty()) {
            return;
        }
        PanelMeeting m = meeting.get();
        boolean mine = posted != null && posted.is(FORM);
        out.println("<section aria-labelledby=\"own-mood-h\" id=\"own-mood\"><h2 id=\"own-mood-h\">" + esc(t.get("panels.mood.own.title")) + "</h2>");
        if (mood.hasAnswered(tenant, member.getId(), m.getId())) {
            out.println("<p class=\"done\" role=\"status\" id=\"own-mood-done\">" + esc(t.get("panels.mood.own.thanks")) + "</p></section>");
            return;
        }
        String language = t.language();
        out.println("<p>" + esc(t.get("panels.mood.own.intro", PortalTime.date(PortalTime.date(m.getStartsAt()), t.locale()))) + "</p>");
        out.println("<form method=\"post\" action=\"" + esc(visit.self()) + "#own-mood\" novalidate>");
        out.println(visit.credentialFields());
        out.println("<input type=\"hidden\" name=\"" + FORM + "\" value=\"" + m.getId() + "\">");
        out.println("<input type=\"hidden\" name=\"lang\" value=\"" + esc(language) + "\">");
        if (mine && !posted.done()) {
            out.println("<div class=\"error\" id=\"own-mood-error\">");
            for (String key : posted.problems()) {
                out.println("<p>" + esc(t.get(key)) + "</p>");
            }
            out.println("</div>");
        }
        for (var item : MoodFeedback.questions()) {
            out.println("<fieldset class=\"mood\"><legend id=\"own-q-" + item.id() + "\">" + esc(item.text().in(language)) + "</legend><div class=\"faces\">");
            for (int v = 1; v <= 3; v++) {
                String id = "own-" + item.id() + "-" + v;
                out.println("<input type=\"radio\" id=\"" + id + "\" name=\"m." + item.id() + "\" value=\"" + v + "\">"
                        + "<label for=\"" + id + "\"><span class=\"face\" aria-hidden=\"true\">" + FACES[v - 1] + "</span>"
                        + esc(t.get("panels.kiosk.value." + v)) + "</label>");
            }
            out.println("</div></fieldset>");
        }
        out.println("<p><button type=\"submit\" class=\"send\" id=\"own-mood-send\">" + esc(t.get("panels.kiosk.send")) + "</button></p></form></section>");
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
