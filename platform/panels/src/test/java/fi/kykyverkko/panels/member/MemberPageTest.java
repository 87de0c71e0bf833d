package fi.kykyverkko.panels.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.links.LiveLink;
import fi.kykyverkko.kernel.links.UseMode;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.IdeaChange;
import fi.kykyverkko.panels.ideas.IdeaOutcome;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.ideas.MemberNotice;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.panel.Cadence;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.MeetingScript;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.ShellTestKit;
import fi.kykyverkko.shell.TenantThemes;
import fi.kykyverkko.shell.TestDoubles;
import fi.kykyverkko.shell.links.LinkVisit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The member page as HTML, on in-memory services: the member's language or plain Finnish, statuses said plainly, notices, outcomes. */
class MemberPageTest {

    static final TenantId LAPPI = TenantId.of("lappi");

    final CustomerPanel panel = new CustomerPanel("Asiakasraati", "Kuulla", null,
            Cadence.monthly(DayOfWeek.FRIDAY, 1, LocalTime.of(13, 0), 120, "Roihula"), MeetingScript.LAPLAND);
    final Panelist member = new Panelist(1, "Aino", "fi-plain", LocalDate.of(2026, 1, 1));
    final PanelIdea idea = new PanelIdea(1, 3L, null, "Vertaistukiryhmä", null, LocalDate.of(2026, 1, 1));

    MemberPageTest() {
        ShellTestKit.inject(panel, "id", 1L);
        ShellTestKit.inject(member, "id", 5L);
        ShellTestKit.inject(idea, "id", 9L);
        idea.apply(new IdeaChange(IdeaStatus.IN_PROGRESS, 30, null, null, "Työhönvalmentajat", null));
    }

    /** The memos' and own-phone mood's rows, in memory (the real services run on it). */
    final InMemoryTenantData data = new InMemoryTenantData();

    MemberPage page() {
        MemberPage page = new MemberPage();
        page.memos = new fi.kykyverkko.panels.memos.Memos();
        ShellTestKit.inject(page.memos, "data", data);
        ShellTestKit.inject(page.memos, "guard", new fi.kykyverkko.kernel.guard.IdentityGuard(List.of()));
        page.ownMood = new fi.kykyverkko.panels.mood.OwnMood();
        ShellTestKit.inject(page.ownMood, "data", data);
        ShellTestKit.inject(page.ownMood, "live", fi.kykyverkko.shell.live.LiveHub.local());
        data.put(member, 5L);
        page.panels = new Panels() {
            @Override
            public Optional<Panelist> member(TenantId tenant, long memberId) {
                return memberId == 5 ? Optional.of(member) : Optional.empty();
            }

            @Override
            public Optional<CustomerPanel> panelOf(TenantId tenant, long panelId) {
                return Optional.of(panel);
            }

            @Override
            public List<PanelMeeting> meetingsOf(TenantId tenant, long panelId) {
                return List.of();
            }
        };
        page.board = new IdeaBoard() {
            @Override
            public List<PanelIdea> boardOf(TenantId tenant, long panelId) {
                return List.of(idea);
            }

            @Override
            public List<MemberNotice> notices(TenantId tenant, long memberId) {
                return List.of(new MemberNotice(5, 9, Instant.parse("2026-02-06T12:00:00Z"), IdeaStatus.IN_PROGRESS, 30, "Ryhmä koottu", true));
            }

            @Override
            public List<IdeaOutcome> outcomesOfPanel(TenantId tenant, long panelId) {
                IdeaOutcome o = new IdeaOutcome(9, "Kohtaamisen huoneentaulu", "Kohtaathan minut aina ihmisenä.", LocalDate.of(2022, 9, 16));
                return List.of(o);
            }
        };
        page.themes = new TenantThemes();
        ShellTestKit.inject(page.themes, "directory", Optional.<String>empty());
        return page;
    }

    String render(String subject, Map<String, String> params, int[] status) throws Exception {
        return render(subject, params, status, "GET");
    }

    String render(String subject, Map<String, String> params, int[] status, String httpMethod) throws Exception {
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> params.get((String) args[0]);
                    case "getMethod" -> httpMethod;
                    case "getHeader" -> null;
                    case "getLocales" -> java.util.Collections.enumeration(List.of(java.util.Locale.forLanguageTag("fi")));
                    case "getLocale" -> java.util.Locale.forLanguageTag("fi");
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getWriter")) {
                        return writer;
                    }
                    if (method.getName().equals("setStatus")) {
                        status[0] = (Integer) args[0];
                    }
                    return null;
                });
        var region = new TestDoubles.FakeTenant(LAPPI, new LocalizedText("Lappi", "Lappland", "Lapland"), "base", List.of("Rovaniemi"), Set.of("panels"));
        page().serve(new LinkVisit(region, new LiveLink(1, Panels.LINK_PURPOSE, subject, UseMode.REUSABLE_UNTIL_SUBMITTED,
                Instant.parse("2027-01-01T00:00:00Z"), null), "/kykyverkko/l/lappi/token", ""), request, response);
        writer.flush();
        return body.toString();
    }

    @Test
    void inPlainFinnishTheBoardSaysWhatIsBeingDone() throws Exception {
        int[] status = {200};
        String html = render("panel-member:5", new HashMap<>(), status);
        assertEquals(200, status[0]);
        assertTrue(html.contains("Hei Aino!"), html);
        assertTrue(html.contains("id=\"idea-9-status\">Tätä tehdään nyt.</p>"), html);
        assertTrue(html.contains("Valmis 30 %"), html);
        assertTrue(html.contains("Tätä hoitaa: Työhönvalmentajat"), html);
        assertTrue(html.contains("Idea ”Vertaistukiryhmä”: Tätä tehdään nyt.. Valmis 30 %.") || html.contains("Vertaistukiryhmä”: Tätä tehdään nyt."), html);
        assertTrue(html.contains("Kohtaamisen huoneentaulu"), "the outcome: " + html);
        assertTrue(html.contains("<html lang=\"fi\""), html);
        assertFalse(html.contains("id=\"plain-finnish\""), "already plain: no switch");
        assertTrue(html.contains("Lappi"), "the region is named");
    }

    @Test
    void inSwedishOnRequestWithThePlainSwitch() throws Exception {
        String html = render("panel-member:5", Map.of("lang", "sv"), new int[]{200});
        assertTrue(html.contains("<html lang=\"sv\""), html);
        assertTrue(html.contains("Idén genomförs"), html);
        assertTrue(html.contains("id=\"plain-finnish\""), html);
    }

    @Test
    void anotherSubjectOrAMemberWhoLeftGetsTheNotValidPage() throws Exception {
        int[] status = {200};
        String html = render("panel-member:6", new HashMap<>(), status);
        assertEquals(404, status[0]);
        assertFalse(html.contains("Vertaistukiryhmä"), html);
        member.leave(LocalDate.of(2026, 3, 1));
        status[0] = 200;
        assertFalse(render("panel-member:5", new HashMap<>(), status).contains("Vertaistukiryhmä"));
        assertEquals(404, status[0]);
    }

    // ---- memos

    fi.kykyverkko.panels.memos.MeetingMemo memo(fi.kykyverkko.panels.memos.MemoState state) {
        PanelMeeting meeting = new PanelMeeting(1, LocalDate.of(2026, 2, 6), Instant.parse("2026-02-06T11:00:00Z"), Instant.parse("2026-02-06T13:00:00Z"), "Roihula");
        ShellTestKit.inject(meeting, "id", 20L);
        data.put(meeting, 20L);
        var memo = new fi.kykyverkko.panels.memos.MeetingMemo(1, 20);
        ShellTestKit.inject(memo, "id", 30L);
        memo.write("Sovimme vertaistukiryhmän kokeilusta.");
        if (state != fi.kykyverkko.panels.memos.MemoState.DRAFT) {
            memo.openForComments(Instant.now());
        }
        if (state == fi.kykyverkko.panels.memos.MemoState.FINAL) {
            memo.publish("fanni", Instant.parse("2026-02-20T10:00:00Z"));
        }
        data.put(memo, 30L);
        return memo;
    }

    java.util.List<fi.kykyverkko.panels.memos.MemoComment> comments() {
        return data.all(fi.kykyverkko.panels.memos.MemoComment.class);
    }

    @Test
    void aMemberCommentsOnAnOpenMemoOnceThoughThePostIsRetried() throws Exception {
        memo(fi.kykyverkko.panels.memos.MemoState.OPEN_FOR_COMMENTS);
        int[] status = {200};
        String page = render("panel-member:5", new HashMap<>(), status);
        assertTrue(page.contains("Sovimme vertaistukiryhmän kokeilusta."), page);
        assertTrue(page.contains("name=\"memo-comment\" value=\"30\"") && page.contains("<textarea id=\"memo-30-comment\""), page);
        assertTrue(page.contains("Voit kommentoida sitä."), "plain Finnish: " + page);

        Map<String, String> post = new HashMap<>(Map.of("memo-comment", "30", "memo-submission", "k-1234567890abcdef1234", "comment", "Hyvä muistio!"));
        String thanks = render("panel-member:5", post, status, "POST");
        assertEquals(200, status[0]);
        assertTrue(thanks.contains("id=\"comment-done\""), thanks);
        assertTrue(thanks.contains("Kirjoitit") && thanks.contains("Hyvä muistio!"), "the member sees their comment: " + thanks);
        render("panel-member:5", post, status, "POST");
        assertEquals(1, comments().size(), "a retried post with the same form key stores it once");
        assertEquals(5L, comments().get(0).getMemberId());
    }

    @Test
    void aCommentWithAnIdentityCodeTooLongOrEmptyIsRefusedWithAMessage() throws Exception {
        memo(fi.kykyverkko.panels.memos.MemoState.OPEN_FOR_COMMENTS);
        int[] status = {200};
        String refused = render("panel-member:5", Map.of("memo-comment", "30", "comment", "Minun hetuni on 131052-308T."), status, "POST");
        assertEquals(422, status[0]);
        assertTrue(refused.contains("Kirjoitit henkilötunnuksen."), refused);
        assertTrue(refused.contains("aria-invalid=\"true\""), refused);
        assertTrue(refused.contains("131052-308T"), "the text is given back to be fixed, not stored");
        status[0] = 200;
        render("panel-member:5", Map.of("memo-comment", "30", "comment", "x".repeat(2001)), status, "POST");
        assertEquals(422, status[0]);
        status[0] = 200;
        assertTrue(render("panel-member:5", Map.of("memo-comment", "30", "comment", "  "), status, "POST").contains("Kirjoita ensin jotain."));
        assertEquals(422, status[0]);
        assertEquals(0, comments().size());
    }

    @Test
    void aFinalMemoIsShownWithoutAFormAndADraftNotAtAll() throws Exception {
        var memo = memo(fi.kykyverkko.panels.memos.MemoState.DRAFT);
        assertFalse(render("panel-member:5", new HashMap<>(), new int[]{200}).contains("Sovimme"), "a draft is staff's");
        memo.openForComments(Instant.now());
        memo.publish("fanni", Instant.parse("2026-02-20T10:00:00Z"));
        int[] status = {200};
        String page = render("panel-member:5", new HashMap<>(), status);
        assertTrue(page.contains("Sovimme vertaistukiryhmän kokeilusta.") && page.contains("Muistio on valmis"), page);
        assertFalse(page.contains("<textarea"), "no comments on a final memo");
        render("panel-member:5", Map.of("memo-comment", "30", "comment", "Myöhässä"), status, "POST");
        assertEquals(422, status[0]);
        assertEquals(0, comments().size());
    }

    // ---- own-phone mood

    PanelMeeting meetingOn(LocalDate day) {
        Instant start = fi.kykyverkko.kernel.time.PortalTime.instant(day.atTime(13, 0));
        PanelMeeting meeting = new PanelMeeting(1, day, start, start.plusSeconds(7200), "Roihula");
        ShellTestKit.inject(meeting, "id", 40L);
        data.put(meeting, 40L);
        return meeting;
    }

    @Test
    void theMemberAnswersTheMoodOnTheirPhoneOnceAndTheAnswerNamesNoOne() throws Exception {
        meetingOn(fi.kykyverkko.kernel.time.PortalTime.today().minusDays(2));
        int[] status = {200};
        String form = render("panel-member:5", new HashMap<>(), status);
        assertTrue(form.contains("<input type=\"radio\" id=\"own-meeting-3\" name=\"m.meeting\" value=\"3\">"), form);
        assertTrue(form.contains("<label for=\"own-heard-1\">"), "every radio has its label: " + form);
        assertTrue(form.contains("<legend id=\"own-q-again\">Tulisitko uudestaan?</legend>"), "the instrument's plain question: " + form);
        assertFalse(form.contains("<script"), "no script");

        render("panel-member:5", Map.of("own-mood", "40", "m.meeting", "3"), status, "POST");
        assertEquals(422, status[0], "all three questions");
        assertTrue(data.all(fi.kykyverkko.panels.mood.MoodAnswer.class).isEmpty());

        status[0] = 200;
        Map<String, String> answer = Map.of("own-mood", "40", "m.meeting", "3", "m.heard", "2", "m.again", "3");
        String thanks = render("panel-member:5", answer, status, "POST");
        assertEquals(200, status[0]);
        assertTrue(thanks.contains("id=\"own-mood-done\""), thanks);
        assertFalse(thanks.contains("name=\"m.meeting\""), "no second form");
        render("panel-member:5", Map.of("own-mood", "40", "m.meeting", "1", "m.heard", "1", "m.again", "1"), status, "POST");
        assertEquals(200, status[0], "a second post says thank you again");
        var answers = data.all(fi.kykyverkko.panels.mood.MoodAnswer.class);
        assertEquals(1, answers.size(), "one answer per member and meeting");
        assertEquals(3, answers.get(0).value("meeting"), "the first answer stays");
        var markers = data.all(fi.kykyverkko.panels.mood.MoodMarker.class);
        assertEquals(1, markers.size());
        assertEquals(5L, markers.get(0).getMemberId());
    }

    @Test
    void aMeetingMoreThanAWeekAgoAsksNothing() throws Exception {
        meetingOn(fi.kykyverkko.kernel.time.PortalTime.today().minusDays(8));
        int[] status = {200};
        assertFalse(render("panel-member:5", new HashMap<>(), status).contains("name=\"m.meeting\""));
        String refused = render("panel-member:5", Map.of("own-mood", "40", "m.meeting", "3", "m.heard", "2", "m.again", "3"), status, "POST");
        assertEquals(422, status[0], refused);
        assertTrue(data.all(fi.kykyverkko.panels.mood.MoodAnswer.class).isEmpty());
    }

    @Test
    void theWindowIsTheMeetingDayAndSevenDaysAfterInHelsinkiTime() {
        LocalDate day = LocalDate.of(2026, 3, 6);
        assertFalse(fi.kykyverkko.panels.mood.OwnMood.open(day, Instant.parse("2026-03-05T21:59:59Z")), "the evening before (23:59:59 in Helsinki)");
        assertTrue(fi.kykyverkko.panels.mood.OwnMood.open(day, Instant.parse("2026-03-05T22:00:00Z")), "midnight of the day");
        assertTrue(fi.kykyverkko.panels.mood.OwnMood.open(day, Instant.parse("2026-03-13T21:59:59Z")), "the end of the 7th day after");
        assertFalse(fi.kykyverkko.panels.mood.OwnMood.open(day, Instant.parse("2026-03-13T22:00:00Z")));
    }
}
