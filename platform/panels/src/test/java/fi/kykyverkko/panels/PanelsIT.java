package fi.kykyverkko.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.links.PersonalLinks;
import fi.kykyverkko.kernel.security.Roles;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantDefinition;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.tenancy.TenantProvisioner;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.IdeaChange;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.ideas.IdeaUpdate;
import fi.kykyverkko.panels.ideas.MemberNotice;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.mood.MoodFeedback;
import fi.kykyverkko.panels.mood.MoodResults;
import fi.kykyverkko.panels.panel.Cadence;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.MeetingScript;
import fi.kykyverkko.panels.panel.NewMember;
import fi.kykyverkko.panels.panel.PanelDraft;
import fi.kykyverkko.panels.panel.PanelFacilitator;
import fi.kykyverkko.panels.panel.PanelChange;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.live.LiveBus;
import fi.kykyverkko.shell.live.LiveChange;
import fi.kykyverkko.shell.live.LiveHub;
import fi.kykyverkko.testkit.PortalInsideTest;
import fi.kykyverkko.testkit.TestMailbox;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Panels inside Payara Micro on MariaDB, in two regions made for this class: a panel with its handover, members and
 * their links, meetings from the cadence (moved, cancelled, never made twice), an idea's update with its history and
 * notices (mail only to the member who agreed, in the test mailbox), anonymous mood answers, each committed change told
 * on the live bus, and region isolation.
 */
class PanelsIT extends PortalInsideTest {

    private static TenantId region;
    private static TenantId other;

    @Inject
    Panels panels;

    @Inject
    IdeaBoard board;

    @Inject
    MoodFeedback mood;

    @Inject
    PersonalLinks links;

    @Inject
    LiveHub live;

    @Inject
    LiveBus bus;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantData data;

    @Inject
    fi.kykyverkko.kernel.tenancy.TenantRegistry registry;

    @Inject
    fi.kykyverkko.panels.memos.Memos memos;

    @Inject
    fi.kykyverkko.panels.member.MemberPage memberPage;

    @Inject
    fi.kykyverkko.panels.rounds.InterviewRounds rounds;

    @Inject
    fi.kykyverkko.panels.tasks.ResidentTasks tasks;

    private TenantId region(boolean second) {
        synchronized (PanelsIT.class) {
            if (region == null) {
                region = make("it-panels-");
                other = make("it-panels-b-");
            }
            return second ? other : region;
        }
    }

    private TenantId make(String prefix) {
        TenantId id = TenantId.of(prefix + UUID.randomUUID().toString().substring(0, 8));
        try {
            provisioner.create(new TenantDefinition(id, new LocalizedText("Raatialue", "Panelområde", "Panel region"),
                    "Raatiorganisaatio", List.of("Raatila"), Set.of(), "base", List.of()), "PanelsIT");
        } catch (fi.kykyverkko.kernel.tenancy.TenantExistsException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private static PortalUser facilitator(TenantId tenant) {
        return new PortalUser("it.panel.facilitator", "IT Fasilitaattori", false, Map.of(tenant, Set.of(Roles.PANEL_FACILITATOR)));
    }

    private CustomerPanel panel(TenantId tenant) {
        return panels.create(tenant, facilitator(tenant), new PanelDraft("IT-raati " + UUID.randomUUID().toString().substring(0, 6), "Kuulla asiakkaita",
                null, "Fanni", "it.panel.facilitator", "Kirjuri", Cadence.monthly(DayOfWeek.FRIDAY, 1, LocalTime.of(13, 0), 120, "Roihula"),
                MeetingScript.LAPLAND));
    }

    private static String token(NewMember member) {
        String address = member.pageAddress();
        return address.substring(address.lastIndexOf('/') + 1);
    }

    @Test
    void theLeadIsHandedOverAndTheHistoryStays() {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        panels.addCoFacilitator(tenant, f, panel.getId(), "Eeva", null);
        panels.handOver(tenant, f, panel.getId(), "Ville", "it.ville", PortalTime.today(), "Raati toivoo samaa kellonaikaa.");
        List<PanelFacilitator> all = panels.facilitators(tenant, f, panel.getId());
        assertEquals(3, all.size(), "nobody is deleted: " + all.stream().map(PanelFacilitator::getName).toList());
        assertEquals("Ville", panels.lead(tenant, f, panel.getId()).orElseThrow().getName());
        PanelFacilitator fanni = all.stream().filter(x -> x.getName().equals("Fanni")).findFirst().orElseThrow();
        assertEquals(PortalTime.today(), fanni.getUntil());
        assertEquals("Raati toivoo samaa kellonaikaa.", fanni.getHandoverNote());
        assertTrue(all.stream().anyMatch(x -> x.getName().equals("Eeva") && x.isCurrent()), "the co-facilitator stays");
        assertThrows(SecurityException.class, () -> panels.list(tenant,
                new PortalUser("it.nm", "NM", false, Map.of(tenant, Set.of(Roles.NETWORK_MEMBER)))));
    }

    @Test
    void meetingsComeFromTheCadenceAndAMovedOrCancelledOneIsNotMadeAgain() {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        List<PanelMeeting> made = panels.planMeetings(tenant, f, panel.getId(), PortalTime.today(), PortalTime.today().plusMonths(6));
        assertTrue(made.size() >= 6 && made.size() <= 7, "one a month: " + made.size());
        made.forEach(m -> assertEquals(DayOfWeek.FRIDAY, m.getPlannedOn().getDayOfWeek()));
        PanelMeeting first = made.get(0);
        panels.move(tenant, f, first.getId(), first.getStartsAt().plus(Duration.ofDays(7)), first.getEndsAt().plus(Duration.ofDays(7)), "Kirjasto");
        panels.cancel(tenant, f, made.get(1).getId(), "Vetäjä sairastui");
        assertThrows(InvalidInputException.class, () -> panels.cancel(tenant, f, made.get(2).getId(), " "));
        assertEquals(List.of(), panels.planMeetings(tenant, f, panel.getId(), PortalTime.today(), PortalTime.today().plusMonths(6)),
                "generating again makes nothing");
        List<PanelMeeting> all = panels.meetings(tenant, f, panel.getId());
        assertEquals(made.size(), all.size());
        assertEquals(MeetingStatus.CANCELLED, all.stream().filter(m -> m.getId().equals(made.get(1).getId())).findFirst().orElseThrow().getStatus());
        for (int step = 1; step <= 4; step++) {
            panels.goTo(tenant, f, first.getId(), step);
        }
        assertEquals(MeetingStatus.HELD, panels.meeting(tenant, f, first.getId()).orElseThrow().getStatus());
    }

    @Test
    void anUpdateIsLoggedAndToldToItsMembersByMailOnlyWithConsent() throws Exception {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        String address = "it-raati-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fi";
        NewMember agreed = panels.addMember(tenant, f, panel.getId(), "Aino", "fi-plain", true, address);
        NewMember silent = panels.addMember(tenant, f, panel.getId(), "Eero", "fi", false, null);
        NewMember outsider = panels.addMember(tenant, f, panel.getId(), "Helmi", "sv", false, null);
        assertTrue(agreed.pageAddress().contains("/l/" + tenant.value() + "/"), "the link names its region: " + agreed.pageAddress());
        assertTrue(links.resolve(tenant, token(agreed)).isPresent());
        assertTrue(links.resolve(other(), token(agreed)).isEmpty(), "another region's link opens nothing here");

        PanelMeeting meeting = panels.planMeetings(tenant, f, panel.getId(), PortalTime.today(), PortalTime.today().plusMonths(2)).get(0);
        PanelIdea idea = board.propose(tenant, f, panel.getId(), meeting.getId(), null, "Vertaistukiryhmä", "Kerran kuussa",
                List.of(agreed.member().getId(), silent.member().getId()));
        assertThrows(InvalidInputException.class, () -> board.update(tenant, f, idea.getId(),
                new IdeaChange(IdeaStatus.NOT_TAKEN_FORWARD, 0, null, null, null, null)), "the reason is required");
        assertEquals(0, board.notices(tenant, agreed.member().getId()).size(), "a refused change tells no one");

        board.update(tenant, f, idea.getId(), new IdeaChange(IdeaStatus.IN_PROGRESS, 40, null, null, "Työhönvalmentajat", "Ensimmäinen ryhmä koottu"));
        List<IdeaUpdate> history = board.history(tenant, idea.getId());
        assertEquals(2, history.size(), "proposed and updated");
        assertEquals(IdeaStatus.IN_PROGRESS, history.get(0).getStatus());
        assertEquals("Ensimmäinen ryhmä koottu", history.get(0).getNote());
        List<MemberNotice> agreedNotices = board.notices(tenant, agreed.member().getId());
        assertEquals(1, agreedNotices.size());
        assertTrue(agreedNotices.get(0).isEmailed());
        List<MemberNotice> silentNotices = board.notices(tenant, silent.member().getId());
        assertEquals(1, silentNotices.size(), "the member without consent sees it on the page");
        assertFalse(silentNotices.get(0).isEmailed());
        assertEquals(0, board.notices(tenant, outsider.member().getId()).size(), "a member who did not take part is not told");
        long mails = data.call(tenant, em -> em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.templateCode = 'panels.idea-changed'", Long.class)
                .getSingleResult());
        assertEquals(1, mails, "one idea-changed mail: to the member who agreed, none to the other");

        List<TestMailbox.Received> received = TestMailbox.get().await(address, 2, Duration.ofSeconds(120));
        assertEquals(2, received.size(), "the welcome and the change: " + received.stream().map(TestMailbox.Received::subject).toList());
        TestMailbox.Received change = received.stream().filter(r -> r.subject().contains("Vertaistukiryhmä")).findFirst().orElseThrow();
        assertTrue(change.text().contains("Tätä tehdään nyt.") && change.text().contains("40 %"), "the status said plainly: " + change.text());
        assertTrue(change.text().contains("/l/" + tenant.value() + "/"), "with a link to the page, naming the region: " + change.text());
    }

    @Test
    void moodAnswersAreStoredWithoutIdentityAndCountedOutOfAllAnswers() {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        PanelMeeting meeting = panels.planMeetings(tenant, f, panel.getId(), PortalTime.today(), PortalTime.today().plusMonths(1)).get(0);
        mood.record(tenant, f, meeting.getId(), Map.of("meeting", 3, "heard", 3, "again", 2));
        mood.record(tenant, f, meeting.getId(), Map.of("meeting", 1, "heard", 3, "again", 3));
        assertThrows(InvalidInputException.class, () -> mood.record(tenant, f, meeting.getId(), Map.of("meeting", 3)), "all three questions");
        MoodResults results = mood.results(tenant, meeting.getId());
        assertEquals(2, results.answers());
        assertEquals("1/2", results.share("meeting", 3));
        assertEquals("2/2", results.share("heard", 3));
        String schema = registry.require(tenant).schemaName();
        List<String> columns = data.call(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object> names = em.createNativeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                    + "AND table_name = 'panel_mood_answer'").setParameter(1, schema).getResultList();
            return names.stream().map(String::valueOf).toList();
        });
        assertEquals(List.of("again_value", "heard_value", "id", "instrument_code", "instrument_version", "meeting_id", "meeting_value"),
                columns.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).sorted().toList(), "no member, link, user or time column");
    }

    @Test
    void staffLookingAtThePanelAreToldOfEachCommittedChangeAndNothingElse() throws Exception {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        java.util.concurrent.LinkedBlockingQueue<LiveChange> heard = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.LinkedBlockingQueue<LiveChange> otherRegion = new java.util.concurrent.LinkedBlockingQueue<>();
        Runnable stop = live.watch(PanelChange.of(tenant, panel.getId()), heard::add);
        Runnable stopOther = live.watch(PanelChange.of(other(), panel.getId()), otherRegion::add);
        try {
            PanelMeeting meeting = panels.planMeetings(tenant, f, panel.getId(), PortalTime.today(), PortalTime.today().plusMonths(1)).get(0);
            assertEquals(new LiveChange(tenant.value(), PanelChange.TOPIC, panel.getId(), "MEETINGS", bus.node()),
                    heard.poll(5, java.util.concurrent.TimeUnit.SECONDS), "region, panel and what, nothing else");
            PanelIdea idea = board.propose(tenant, f, panel.getId(), meeting.getId(), null, "Elävä idea", null, List.of());
            assertEquals("IDEAS", heard.poll(5, java.util.concurrent.TimeUnit.SECONDS).what());
            assertThrows(InvalidInputException.class, () -> board.update(tenant, f, idea.getId(),
                    new IdeaChange(IdeaStatus.NOT_TAKEN_FORWARD, 0, null, null, null, null)));
            board.update(tenant, f, idea.getId(), new IdeaChange(IdeaStatus.LOOKED_INTO, 10, null, null, null, null));
            assertEquals("IDEAS", heard.poll(5, java.util.concurrent.TimeUnit.SECONDS).what(), "the refused change was told to no one");
            mood.record(tenant, f, meeting.getId(), Map.of("meeting", 3, "heard", 2, "again", 3));
            assertEquals("MOOD", heard.poll(5, java.util.concurrent.TimeUnit.SECONDS).what());
            assertEquals(null, heard.poll(1, java.util.concurrent.TimeUnit.SECONDS), "one change, one message");
            assertTrue(otherRegion.isEmpty(), "the same panel id in another region hears nothing: " + otherRegion);
        } finally {
            stop.run();
            stopOther.run();
        }
    }

    @Test
    void anotherRegionNeverSeesAPanelAnIdeaOrAMemberPage() {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        NewMember member = panels.addMember(tenant, f, panel.getId(), "Olli", "fi", false, null);
        PanelIdea idea = board.propose(tenant, f, panel.getId(), null, member.member().getId(), "Oma idea", null, List.of());
        TenantId b = other();
        PortalUser fb = facilitator(b);
        assertTrue(panels.list(b, fb).stream().noneMatch(p -> p.getName().equals(panel.getName())), "B lists none of A's panels");
        assertTrue(board.boardOf(b, panel.getId()).stream().noneMatch(i -> i.getTitle().equals("Oma idea")));
        assertTrue(board.idea(b, fb, idea.getId()).map(i -> !i.getTitle().equals("Oma idea")).orElse(true));
        assertTrue(links.resolve(b, token(member)).isEmpty(), "A's member link opens no page in B");
        assertThrows(SecurityException.class, () -> panels.list(tenant, fb), "B's facilitator has no role in A");
        assertTrue(board.boardOf(tenant, panel.getId()).stream().anyMatch(i -> i.getTitle().equals("Oma idea")), "A still sees it");
    }

    @Test
    void aFindingOfAnInterviewRoundAndResidentsAnswersBecomeIdeasOnTheSameBoardAndAnotherRegionSeesNone() {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        java.time.LocalDate today = PortalTime.today();

        // a round where the clients are: its finding becomes one idea, and only one
        var round = rounds.plan(tenant, f, panel.getId(), new fi.kykyverkko.panels.rounds.RoundDraft("Arjen sujuminen", null,
                "Työtoimintayksikkö Kotka", today, null, 12, "Fanni"));
        var finding = rounds.addFinding(tenant, f, round.getId(), "Bussiaikataulut eivät sovi työtoiminnan aikoihin.");
        PanelIdea fromRound = rounds.makeIdea(tenant, f, finding.getId(), "Bussivuorot työtoiminnan aikoihin", null);
        assertEquals(fi.kykyverkko.panels.ideas.IdeaOrigin.INTERVIEW_ROUND, fromRound.origin());
        assertEquals("Bussiaikataulut eivät sovi työtoiminnan aikoihin.", fromRound.getDescription(), "the finding is the idea's description");
        assertEquals(fromRound.getId(), rounds.findings(tenant, f, round.getId()).get(0).getIdeaId());
        assertThrows(InvalidInputException.class, () -> rounds.makeIdea(tenant, f, finding.getId(), "Toinen", null), "one idea per finding");

        // a resident task with its public link: a guarded answer is refused, a retried post is stored once
        var task = tasks.create(tenant, f, panel.getId(), "Kotikadun viikko", "Mikä auttaisi sinua lähtemään kotoa?\nMitä kaipaat?", today, 7);
        var link = tasks.openLink(tenant, f, task.getId());
        assertTrue(link.address().contains("/l/" + tenant.value() + "/"), "the link names its region: " + link.address());
        String submission = UUID.randomUUID().toString();
        InvalidInputException guarded = assertThrows(InvalidInputException.class, () -> tasks.answer(tenant, task.getId(),
                UUID.randomUUID().toString(), Map.of(1, "Soita minulle 040 123 4567"), null));
        assertEquals(List.of("panels.task.guard.phone"), guarded.problems().of("q1").stream().map(fi.kykyverkko.kernel.domain.Problems.Problem::key).toList(),
                "the phone number is found in the first answer");
        assertTrue(tasks.answer(tenant, task.getId(), submission, Map.of(1, "Kirjasto auki myös iltaisin", 2, "Seuraa"), "Asukas"));
        assertFalse(tasks.answer(tenant, task.getId(), submission, Map.of(1, "Kirjasto auki myös iltaisin", 2, "Seuraa"), "Asukas"),
                "the same post again stores nothing");
        List<fi.kykyverkko.panels.tasks.TaskAnswer> answers = tasks.answers(tenant, f, task.getId());
        assertEquals(List.of("1 Kirjasto auki myös iltaisin", "2 Seuraa"), answers.stream().map(a -> a.getQuestionNo() + " " + a.getText()).toList(),
                "one row per answered question, in the questions' order");
        PanelIdea fromTask = tasks.makeIdea(tenant, f, task.getId(), List.of(answers.get(0).getId()), "Iltakirjasto", null);
        assertEquals(fi.kykyverkko.panels.ideas.IdeaOrigin.RESIDENT_TASK, fromTask.origin());
        assertEquals(java.util.Arrays.asList(fromTask.getId(), null), tasks.answers(tenant, f, task.getId()).stream()
                .map(fi.kykyverkko.panels.tasks.TaskAnswer::getIdeaId).toList(), "the chosen answer links to the idea, the other not");
        assertEquals(Set.of(fromRound.getId(), fromTask.getId()), board.boardOf(tenant, panel.getId()).stream().map(PanelIdea::getId)
                .collect(java.util.stream.Collectors.toSet()), "both on the panel's board");

        TenantId b = other();
        PortalUser fb = facilitator(b);
        assertTrue(rounds.rounds(b, fb, panel.getId()).stream().noneMatch(r -> r.getTheme().equals("Arjen sujuminen")), "B sees none of A's rounds");
        assertTrue(tasks.taskOf(b, task.getId()).map(t -> !t.getTitle().equals("Kotikadun viikko")).orElse(true), "nor its task");
        String token = link.address().substring(link.address().lastIndexOf('/') + 1);
        assertTrue(links.resolve(b, token).isEmpty(), "A's task link opens nothing in B");
        assertThrows(SecurityException.class, () -> tasks.answers(tenant, fb, task.getId()), "B's facilitator has no role in A");
    }

    private TenantId other() {
        region(true);
        return other;
    }

    // ---- memos and the own-phone mood (the member page called as LinkPages calls it, with the resolved link)

    /** What the member page answered: status, content type, the HTML or the bytes. */
    record Answer(int status, String type, String html, byte[] bytes) {
    }

    /** The member page for {@code token} of {@code tenant}, as the shell's LinkPages servlet serves it after resolving the link. */
    private Answer visit(TenantId tenant, String token, String method, Map<String, String> params) throws Exception {
        var link = links.resolve(tenant, token).orElseThrow(() -> new AssertionError("the link does not resolve in " + tenant));
        var visit = new fi.kykyverkko.shell.links.LinkVisit(registry.require(tenant), link, "/kykyverkko/l/" + tenant.value() + "/" + token, "");
        java.io.StringWriter html = new java.io.StringWriter();
        java.io.PrintWriter writer = new java.io.PrintWriter(html);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int[] status = {200};
        String[] type = {null};
        jakarta.servlet.ServletOutputStream stream = new jakarta.servlet.ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(jakarta.servlet.WriteListener listener) {
            }

            @Override
            public void write(int b) {
                bytes.write(b);
            }
        };
        var request = (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{jakarta.servlet.http.HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getParameter" -> params.get((String) args[0]);
                    case "getMethod" -> method;
                    case "getLocales" -> java.util.Collections.enumeration(List.of(java.util.Locale.forLanguageTag("fi")));
                    case "getLocale" -> java.util.Locale.forLanguageTag("fi");
                    case "getRemoteAddr" -> "127.0.0.1";
                    case "getContextPath" -> "/kykyverkko";
                    default -> null;
                });
        var response = (jakarta.servlet.http.HttpServletResponse) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{jakarta.servlet.http.HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getWriter" -> writer;
                    case "getOutputStream" -> stream;
                    case "setStatus", "sendError" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "setContentType" -> {
                        type[0] = (String) args[0];
                        yield null;
                    }
                    case "isCommitted" -> false;
                    default -> null;
                });
        memberPage.serve(visit, request, response);
        writer.flush();
        return new Answer(status[0], type[0], html.toString(), bytes.toByteArray());
    }

    /** A phone photo 2000 × 1000 (orientation 6, to be turned) with EXIF GPS tags and an XMP place, written byte by byte. */
    static byte[] phonePhotoWithGps() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2000, 1000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpeg", plain);
        java.nio.ByteBuffer t = java.nio.ByteBuffer.allocate(200);
        t.put("Exif\0\0MM".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        t.putShort((short) 2);
        t.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        t.putInt(0);
        t.putShort((short) 2);
        t.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        t.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        t.putInt(0);
        t.putInt(66).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        byte[] exif = java.util.Arrays.copyOf(t.array(), t.position());
        byte[] xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude=\"66,30.0N\"/></x:xmpmeta>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] jpeg = plain.toByteArray();
        out.write(jpeg, 0, 2);
        for (byte[] p : List.of(exif, xmp)) {
            out.write(0xFF);
            out.write(0xE1);
            out.write((p.length + 2) >> 8);
            out.write((p.length + 2) & 0xFF);
            out.write(p);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static boolean hasApp1(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            i += 2 + (((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF));
        }
        return false;
    }

    @Test
    void aMemoPhotoLosesItsGpsMembersCommentOnTheirPageThePublishedMemoIsFinalAndAnotherRegionSeesNone() throws Exception {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        NewMember member = panels.addMember(tenant, f, panel.getId(), "Aino", "fi-plain", false, null);
        String address = "it-muistio-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fi";
        panels.addMember(tenant, f, panel.getId(), "Sara", "sv", true, address);
        PanelMeeting meeting = panels.planMeetings(tenant, f, panel.getId(), PortalTime.today(), PortalTime.today().plusMonths(2)).get(0);
        byte[] upload = phonePhotoWithGps();
        assertTrue(hasApp1(upload) && new String(upload, java.nio.charset.StandardCharsets.ISO_8859_1).contains("GPSLatitude"), "the upload has GPS");

        memos.write(tenant, f, meeting.getId(), "Sovimme vertaistukiryhmän kokeilusta keväällä.");
        var photo = memos.addPhoto(tenant, f, meeting.getId(), "C:\\Users\\fanni\\IMG_0001.JPG", upload);
        assertEquals(800, photo.width(), "turned upright and scaled");
        assertEquals(1600, photo.height());
        assertEquals("IMG_0001.jpg", photo.fileName());
        assertThrows(InvalidInputException.class, () -> memos.addPhoto(tenant, f, meeting.getId(), "x.pdf", "%PDF-1.4".getBytes()));
        String token = token(member);
        assertEquals(404, visit(tenant, token, "GET", Map.of("photo", String.valueOf(photo.id()))).status(), "a draft's photo is staff's only");
        assertFalse(visit(tenant, token, "GET", Map.of()).html().contains("Sovimme"), "a draft is not shown to members");

        memos.openForComments(tenant, f, meeting.getId());
        // the member who agreed to e-mail is told, in her language, with a link to her page (after the welcome)
        List<TestMailbox.Received> mailed = TestMailbox.get().await(address, 2, Duration.ofSeconds(120));
        TestMailbox.Received opened = mailed.stream().filter(r -> r.subject().startsWith("Minnesanteckningar att kommentera")).findFirst()
                .orElseThrow(() -> new AssertionError("no memo mail: " + mailed.stream().map(TestMailbox.Received::subject).toList()));
        assertTrue(opened.subject().contains(panel.getName()), opened.subject());
        assertTrue(opened.text().contains("/l/" + tenant.value() + "/") && opened.text().contains(PortalTime.date(PortalTime.date(meeting.getStartsAt()),
                java.util.Locale.forLanguageTag("sv"))), opened.text());
        Answer image = visit(tenant, token, "GET", Map.of("photo", String.valueOf(photo.id())));
        assertEquals(200, image.status());
        assertEquals("image/jpeg", image.type());
        assertFalse(hasApp1(image.bytes()), "no EXIF or XMP segment in what the member gets");
        String asText = new String(image.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(asText.contains("GPS") || asText.contains("Exif") || asText.contains("xap"), "no GPS");
        var read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.bytes()));
        assertEquals(800, read.getWidth());
        assertEquals(1600, read.getHeight());
        // native SQL names the schema: the tenant discriminator applies to JPQL only
        String schemaA = registry.require(tenant).schemaName();
        byte[] stored = data.call(tenant, em -> (byte[]) em.createNativeQuery("SELECT content FROM " + schemaA + ".panel_memo_photo WHERE id = ?")
                .setParameter(1, photo.id()).getSingleResult());
        assertFalse(hasApp1(stored), "nor in the database");
        Answer thumb = visit(tenant, token, "GET", Map.of("photo", String.valueOf(photo.id()), "size", "thumb"));
        assertEquals(320, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumb.bytes())).getHeight());

        Answer page = visit(tenant, token, "GET", Map.of());
        assertTrue(page.html().contains("Sovimme vertaistukiryhmän kokeilusta keväällä.") && page.html().contains("?photo=" + photo.id()), page.html());
        long memoId = memos.memo(tenant, f, meeting.getId()).orElseThrow().getId();
        Map<String, String> comment = Map.of("memo-comment", String.valueOf(memoId), "memo-submission", "it-" + UUID.randomUUID(),
                "comment", "Kokeilu kannattaa aloittaa pian.", "lang", "fi-plain");
        Answer thanks = visit(tenant, token, "POST", comment);
        assertEquals(200, thanks.status(), thanks.html());
        assertTrue(thanks.html().contains("id=\"comment-done\""), thanks.html());
        visit(tenant, token, "POST", comment);
        Answer hetu = visit(tenant, token, "POST", Map.of("memo-comment", String.valueOf(memoId), "comment", "Hetuni 131052-308T"));
        assertEquals(422, hetu.status(), "an identity code is refused");
        assertTrue(hetu.html().contains("henkilötunnuksen"), hetu.html());
        var comments = memos.comments(tenant, f, meeting.getId());
        assertEquals(1, comments.size(), "the retried post stored one comment, the identity code none");
        assertEquals(member.member().getId(), comments.get(0).getMemberId());

        PortalUser professional = new PortalUser("it.pro", "IT Pro", false, Map.of(tenant, Set.of(Roles.PROFESSIONAL)));
        assertThrows(SecurityException.class, () -> memos.publish(tenant, professional, meeting.getId()), "the facilitator publishes");
        var published = memos.publish(tenant, f, meeting.getId());
        assertEquals(fi.kykyverkko.panels.memos.MemoState.FINAL, published.getState());
        assertThrows(InvalidInputException.class, () -> memos.write(tenant, f, meeting.getId(), "muutos"), "final: no change");
        assertThrows(InvalidInputException.class, () -> memos.addPhoto(tenant, f, meeting.getId(), "b.jpg", upload));
        assertEquals(422, visit(tenant, token, "POST", Map.of("memo-comment", String.valueOf(memoId), "comment", "Myöhässä")).status());
        Answer finalPage = visit(tenant, token, "GET", Map.of());
        assertTrue(finalPage.html().contains("Muistio on valmis") && !finalPage.html().contains("<textarea"), finalPage.html());

        TenantId b = other();
        PortalUser fb = facilitator(b);
        assertTrue(memos.memo(b, fb, meeting.getId()).map(m -> !"Sovimme vertaistukiryhmän kokeilusta keväällä.".equals(m.getText())).orElse(true));
        assertTrue(memos.photo(b, fb, photo.id(), false).isEmpty(), "B's staff get no photo of A");
        assertTrue(memos.photoForMember(b, member.member().getId(), photo.id(), false).isEmpty(), "nor through B's member rows");
        assertThrows(SecurityException.class, () -> memos.photo(tenant, fb, photo.id(), false), "B's facilitator has no role in A");
        assertTrue(links.resolve(b, token).isEmpty(), "the member's link opens nothing in B");
    }

    @Test
    void aMemberAnswersTheMoodOnTheirOwnPhoneOnceAndTheAnswerRowStaysAnonymous() throws Exception {
        TenantId tenant = region(false);
        PortalUser f = facilitator(tenant);
        CustomerPanel panel = panel(tenant);
        NewMember member = panels.addMember(tenant, f, panel.getId(), "Eero", "fi", false, null);
        PanelMeeting planned = panels.planMeetings(tenant, f, panel.getId(), PortalTime.today(), PortalTime.today().plusMonths(2)).get(0);
        java.time.Instant now = java.time.Instant.now();
        PanelMeeting meeting = panels.move(tenant, f, planned.getId(), now.minus(Duration.ofMinutes(30)), now.plus(Duration.ofMinutes(90)), "Roihula");
        String token = token(member);
        Answer form = visit(tenant, token, "GET", Map.of());
        assertTrue(form.html().contains("name=\"own-mood\" value=\"" + meeting.getId() + "\"") && form.html().contains("type=\"radio\""), form.html());
        Map<String, String> answer = Map.of("own-mood", String.valueOf(meeting.getId()), "m.meeting", "3", "m.heard", "2", "m.again", "3");
        Answer thanks = visit(tenant, token, "POST", answer);
        assertEquals(200, thanks.status(), thanks.html());
        assertTrue(thanks.html().contains("id=\"own-mood-done\""), thanks.html());
        assertEquals(200, visit(tenant, token, "POST", Map.of("own-mood", String.valueOf(meeting.getId()), "m.meeting", "1", "m.heard", "1",
                "m.again", "1")).status(), "a second answer is thanked, not stored");
        MoodResults results = mood.results(tenant, meeting.getId());
        assertEquals(1, results.answers(), "one answer per member");
        assertEquals("1/1", results.share("meeting", 3), "the first answer");
        String schema = registry.require(tenant).schemaName();
        List<String> markerColumns = data.call(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object> names = em.createNativeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                    + "AND table_name = 'panel_mood_marker'").setParameter(1, schema).getResultList();
            return names.stream().map(String::valueOf).map(n -> n.toLowerCase(java.util.Locale.ROOT)).sorted().toList();
        });
        assertEquals(List.of("id", "meeting_id", "member_id"), markerColumns, "the marker names no answer and no time");
        List<String> answerColumns = data.call(tenant, em -> {
            @SuppressWarnings("unchecked")
            List<Object> names = em.createNativeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                    + "AND table_name = 'panel_mood_answer'").setParameter(1, schema).getResultList();
            return names.stream().map(String::valueOf).map(n -> n.toLowerCase(java.util.Locale.ROOT)).sorted().toList();
        });
        assertEquals(List.of("again_value", "heard_value", "id", "instrument_code", "instrument_version", "meeting_id", "meeting_value"),
                answerColumns, "the answer row is the kiosk's: no member, link, user or time");
        long markers = data.call(tenant, em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + schema + ".panel_mood_marker WHERE meeting_id = ?")
                .setParameter(1, meeting.getId()).getSingleResult()).longValue());
        assertEquals(1, markers);
    }
}
