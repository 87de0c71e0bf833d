package fi.kykyverkko.panels.memos;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Problems;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.member.MemberPost;
import fi.kykyverkko.panels.member.MemberTexts;
import fi.kykyverkko.shell.kit.HtmlText;
import fi.kykyverkko.shell.links.LinkVisit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The memos on the member page: each memo open for comments (its text, its photos, the comment form, the member's
 * own comments) and each final memo, newest meeting first; and the photos themselves, served at the page's own
 * address ({@code ?photo=<id>}, {@code &size=thumb}) only to a member of that panel, so a photo is never reachable
 * without a live link of that region and panel.
 */
public final class MemoSection {

    public static final String FORM = "memo-comment";
    static final String KEY_FIELD = "memo-submission";

    public static final String CSS = ".memo{border:1px solid #767676;border-radius:.5rem;padding:.75rem;margin:0 0 .75rem}"
            + ".memo h3{margin:0 0 .25rem;font-size:1.1rem}.photos{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}"
            + ".photos img{max-width:100%;height:auto;display:block;border:1px solid #ccc}.photos li{flex:1 1 140px;max-width:320px}"
            + "textarea{width:100%;box-sizing:border-box;font:inherit;font-size:1.1rem;min-height:8rem}"
            + "button.send{font-size:1.1rem;min-height:48px;padding:.5rem 1rem}.error{color:#a4000f;font-weight:600}"
            + ".done{font-weight:600;border-left:4px solid #1b1b1b;padding-left:.5rem}";

    private MemoSection() {
    }

    /** A GET for a photo ({@code ?photo=}): answers it (the JPEG, or 404) and returns true; false for the page itself. */
    public static boolean servePhoto(Memos memos, TenantId tenant, long memberId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String id = request.getParameter("photo");
        if (id == null) {
            return false;
        }
        Optional<byte[]> jpeg;
        try {
            jpeg = memos.photoForMember(tenant, memberId, Long.parseLong(id), "thumb".equals(request.getParameter("size")));
        } catch (NumberFormatException e) {
            jpeg = Optional.empty();
        }
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (jpeg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return true;
        }
        response.setContentType("image/jpeg");
        response.setHeader("Content-Disposition", "inline; filename=\"kuva.jpg\"");
        response.setContentLength(jpeg.get().length);
        response.getOutputStream().write(jpeg.get());
        return true;
    }

    /** A posted comment ({@code memo-comment=<memo id>}), or null when the post is not this form's. */
    public static MemberPost post(Memos memos, TenantId tenant, long memberId, HttpServletRequest request) {
        String memoId = request.getParameter(FORM);
        if (memoId == null) {
            return null;
        }
        String text = request.getParameter("comment");
        try {
            memos.comment(tenant, memberId, Long.parseLong(memoId), request.getParameter(KEY_FIELD), text);
            return MemberPost.done(FORM);
        } catch (InvalidInputException e) {
            return MemberPost.refused(FORM, e.problems().list().stream().map(Problems.Problem::key).toList(), text);
        } catch (IllegalArgumentException e) { // another panel's memo, or not a number
            return MemberPost.refused(FORM, List.of("panels.memo.comment.closed"), text);
        }
    }

    public static void render(PrintWriter out, MemberTexts t, Memos memos, TenantId tenant, long memberId, LinkVisit visit, MemberPost posted) {
        List<MeetingMemo> shown = memos.forMember(tenant, memberId);
        if (shown.isEmpty()) {
            return;
        }
        out.println("<section aria-labelledby=\"memos-h\" id=\"memos\"><h2 id=\"memos-h\">" + esc(t.get("panels.memo.member.title")) + "</h2>");
        for (MeetingMemo memo : shown) {
            String id = "memo-" + memo.getId();
            out.println("<article class=\"memo\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">");
            out.println("<h3 id=\"" + id + "-h\">" + esc(t.get(memo.acceptsComments() ? "panels.memo.member.open" : "panels.memo.member.final",
                    memo.getPublishedAt() == null ? "" : PortalTime.dateTime(memo.getPublishedAt(), t.locale()))) + "</h3>");
            out.println("<p class=\"memo-text\">" + esc(memo.getText()).replace("\n", "<br>") + "</p>");
            photos(out, t, memos.photosForMember(tenant, memberId, memo.getId()), visit);
            if (memo.acceptsComments()) {
                commentForm(out, t, memos, tenant, memberId, memo, visit, posted);
            }
            out.println("</article>");
        }
        out.println("</section>");
    }

    private static void photos(PrintWriter out, MemberTexts t, List<Memos.PhotoInfo> photos, LinkVisit visit) {
        if (photos.isEmpty()) {
            return;
        }
        if (!visit.credentialFields().isEmpty()) {
            // came in with a typed code: an image address would need the token, which this visit does not have
            out.println("<p>" + esc(t.get("panels.memo.member.photos-by-link", photos.size())) + "</p>");
            return;
        }
        out.println("<ul class=\"photos\">");
        int n = 1;
        for (Memos.PhotoInfo p : photos) {
            String full = visit.self() + "?photo=" + p.id();
            int thumbW = p.width() >= p.height() ? Math.min(320, p.width()) : Math.max(1, Math.min(320, p.height()) * p.width() / p.height());
            int thumbH = p.width() >= p.height() ? Math.max(1, thumbW * p.height() / p.width()) : Math.min(320, p.height());
            out.println("<li><a href=\"" + esc(full) + "\"><img src=\"" + esc(full + "&size=thumb") + "\" width=\"" + thumbW + "\" height=\"" + thumbH
                    + "\" alt=\"" + esc(t.get("panels.memo.member.photo", n)) + "\"></a></li>");
            n++;
        }
        out.println("</ul>");
    }

    private static void commentForm(PrintWriter out, MemberTexts t, Memos memos, TenantId tenant, long memberId, MeetingMemo memo,
                                    LinkVisit visit, MemberPost posted) {
        boolean mine = posted != null && posted.is(FORM);
        String id = "memo-" + memo.getId();
        for (MemoComment c : memos.ownComments(tenant, memberId, memo.getId())) {
            out.println("<p class=\"own-comment\">" + esc(t.get("panels.memo.member.your-comment", PortalTime.dateTime(c.getAt(), t.locale())))
                    + " " + esc(c.getText()) + "</p>");
        }
        if (mine && posted.done()) {
            out.println("<p class=\"done\" role=\"status\" id=\"comment-done\">" + esc(t.get("panels.memo.member.thanks")) + "</p>");
        }
        out.println("<form method=\"post\" action=\"" + esc(visit.self()) + "#" + id + "\" novalidate>");
        out.println(visit.credentialFields());
        out.println("<input type=\"hidden\" name=\"" + FORM + "\" value=\"" + memo.getId() + "\">");
        out.println("<input type=\"hidden\" name=\"" + KEY_FIELD + "\" value=\"" + MemberPost.newKey() + "\">");
        out.println("<input type=\"hidden\" name=\"lang\" value=\"" + esc(t.language()) + "\">");
        out.println("<label for=\"" + id + "-comment\">" + esc(t.get("panels.memo.member.comment-label")) + "</label>");
        boolean failed = mine && !posted.done();
        if (failed) {
            out.println("<div id=\"" + id + "-error\" class=\"error\">");
            for (String key : posted.problems()) {
                out.println("<p>" + esc(t.get(key, MemoComment.MAX_TEXT)) + "</p>");
            }
            out.println("</div>");
        }
        out.println("<textarea id=\"" + id + "-comment\" name=\"comment\" maxlength=\"" + MemoComment.MAX_TEXT + "\" rows=\"5\""
                + (failed ? " aria-invalid=\"true\" aria-describedby=\"" + id + "-error\"" : "") + ">"
                + (failed && posted.given() != null ? esc(posted.given()) : "") + "</textarea>");
        out.println("<p><button type=\"submit\" class=\"send\" id=\"" + id + "-send\">" + esc(t.get("panels.memo.member.send")) + "</button></p></form>");
    }

    private static String esc(String text) {
        return HtmlText.escape(text);
    }
}
