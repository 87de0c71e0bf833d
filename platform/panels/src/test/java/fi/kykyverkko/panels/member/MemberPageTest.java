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

    MemberPage page() {
        MemberPage page = new MemberPage();
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
        StringWriter body = new StringWriter();
        PrintWriter writer = new PrintWriter(body);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> params.get((String) args[0]);
                    case "getMethod" -> "GET";
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
}
