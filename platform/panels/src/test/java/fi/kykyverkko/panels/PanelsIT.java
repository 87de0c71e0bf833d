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

    private TenantId other() {
        region(true);
        return other;
    }
}
