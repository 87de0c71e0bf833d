package fi.kykyverkko.panels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.panels.PanelRoles;
import fi.kykyverkko.panels.PanelsModule;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.ideas.IdeaChange;
import fi.kykyverkko.panels.ideas.IdeaOutcome;
import fi.kykyverkko.panels.ideas.IdeaStatus;
import fi.kykyverkko.panels.ideas.IdeaUpdate;
import fi.kykyverkko.panels.ideas.PanelIdea;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.mood.MoodFeedback;
import fi.kykyverkko.panels.mood.MoodResults;
import fi.kykyverkko.panels.panel.Cadence;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.FacilitatorRole;
import fi.kykyverkko.panels.panel.MeetingScript;
import fi.kykyverkko.panels.panel.PanelFacilitator;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.ShellTestKit;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The panel view and the meeting view render on in-memory services, and the meeting walks its script to held. */
class PanelViewsTest {

    static final class Memory {
        final CustomerPanel panel = new CustomerPanel("Asiakasraati", "Kuulla asiakkaita", null,
                Cadence.monthly(DayOfWeek.FRIDAY, 1, LocalTime.of(13, 0), 120, "Roihula"), MeetingScript.LAPLAND);
        final PanelMeeting meeting = new PanelMeeting(1, LocalDate.of(2026, 12, 4), Instant.parse("2026-12-04T11:00:00Z"),
                Instant.parse("2026-12-04T13:00:00Z"), "Roihula");
        final Panelist member = new Panelist(1, "Aino", "fi-plain", LocalDate.of(2026, 1, 1));
        final PanelIdea idea = new PanelIdea(1, 7L, null, "Vertaistukiryhmä", null, LocalDate.of(2026, 1, 1));
        final List<IdeaChange> changes = new ArrayList<>();
        final List<String> proposed = new ArrayList<>();

        Memory() {
            ShellTestKit.inject(panel, "id", 1L);
            ShellTestKit.inject(meeting, "id", 7L);
            ShellTestKit.inject(member, "id", 5L);
            ShellTestKit.inject(idea, "id", 9L);
        }
    }

    final Memory memory = new Memory();

    final Panels panels = new Panels() {
        @Override
        public List<CustomerPanel> list(TenantId tenant, PortalUser staff) {
            PanelRoles.requireStaff(staff, tenant);
            return List.of(memory.panel);
        }

        @Override
        public Optional<CustomerPanel> find(TenantId tenant, PortalUser staff, long id) {
            PanelRoles.requireStaff(staff, tenant);
            return id == 1 ? Optional.of(memory.panel) : Optional.empty();
        }

        @Override
        public List<PanelFacilitator> facilitators(TenantId tenant, PortalUser staff, long panelId) {
            return List.of(new PanelFacilitator(1, "Fanni", null, FacilitatorRole.LEAD, LocalDate.of(2026, 1, 1)));
        }

        @Override
        public List<Panelist> members(TenantId tenant, PortalUser staff, long panelId) {
            return List.of(memory.member);
        }

        @Override
        public List<PanelMeeting> meetings(TenantId tenant, PortalUser staff, long panelId) {
            return List.of(memory.meeting);
        }

        @Override
        public Optional<PanelMeeting> meeting(TenantId tenant, PortalUser staff, long meetingId) {
            return meetingId == 7 ? Optional.of(memory.meeting) : Optional.empty();
        }

        @Override
        public Optional<PanelMeeting> previous(TenantId tenant, PanelMeeting meeting) {
            return Optional.empty();
        }

        @Override
        public PanelMeeting cancel(TenantId tenant, PortalUser staff, long meetingId, String reason) {
            memory.meeting.cancel(reason);
            return memory.meeting;
        }

        @Override
        public PanelMeeting goTo(TenantId tenant, PortalUser staff, long meetingId, int step) {
            memory.meeting.goTo(step, memory.panel.script().size());
            return memory.meeting;
        }
    };

    final IdeaBoard board = new IdeaBoard() {
        @Override
        public List<PanelIdea> board(TenantId tenant, PortalUser staff, long panelId) {
            return List.of(memory.idea);
        }

        @Override
        public List<IdeaOutcome> outcomesOfPanel(TenantId tenant, long panelId) {
            return List.of();
        }

        @Override
        public List<IdeaUpdate> history(TenantId tenant, long ideaId) {
            return List.of();
        }

        @Override
        public PanelIdea propose(TenantId tenant, PortalUser staff, long panelId, Long meetingId, Long authorId, String title, String description,
                                 java.util.Collection<Long> participants) {
            memory.proposed.add(title + " / meeting " + meetingId + " / author " + authorId + " / " + participants);
            return new PanelIdea(panelId, meetingId, authorId, title, description, LocalDate.of(2026, 12, 4));
        }

        @Override
        public PanelIdea update(TenantId tenant, PortalUser staff, long ideaId, IdeaChange change) {
            memory.idea.apply(change);
            memory.changes.add(change);
            return memory.idea;
        }
    };

    final MoodFeedback mood = new MoodFeedback() {
        @Override
        public MoodResults results(TenantId tenant, long meetingId) {
            return new MoodResults(meetingId, 2, Map.of("meeting", new int[]{0, 1, 1}, "heard", new int[]{0, 0, 2}, "again", new int[]{0, 0, 2}));
        }

        @Override
        public Map<Long, MoodResults> resultsOfPanel(TenantId tenant, long panelId) {
            return Map.of(7L, results(tenant, 7L));
        }
    };

    final Organisations organisations = new Organisations() {
        @Override
        public List<Organisation> list(TenantId tenant) {
            return List.of();
        }
    };

    private final ShellTestKit kit = new ShellTestKit(new PanelsModule()).bean(Panels.class, panels).bean(IdeaBoard.class, board)
            .bean(MoodFeedback.class, mood).bean(Organisations.class, organisations);

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void theListShowsThePanelWithItsCadence() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels"));
        String text = _get(fi.kykyverkko.shell.kit.StackedTable.class, spec -> spec.withId("panels")).getElement().getTextRecursively();
        assertTrue(text.contains("Asiakasraati") && text.contains("ensimmäinen perjantai"), text);
        _get(Button.class, spec -> spec.withId("create-panel"));
    }

    @Test
    void thePanelViewShowsFacilitatorsMembersMeetingsAndIdeas() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels/1"));
        _get(Button.class, spec -> spec.withId("handover"));
        _get(Button.class, spec -> spec.withId("add-member"));
        _get(Button.class, spec -> spec.withId("generate-meetings"));
        _get(Button.class, spec -> spec.withId("update-idea-9"));
        _get(Button.class, spec -> spec.withId("propose-idea"));
    }

    @Test
    void aMeetingIsCancelledWithItsReasonAndAnIdeaProposedFromTheView() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels/1"));
        // an idea from a member
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("idea-title")).setValue("Kahvit kiertoon");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Panelist> author = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("idea-author"));
        author.setValue(memory.member);
        _click(_get(Button.class, spec -> spec.withId("propose-idea")));
        assertEquals(List.of("Kahvit kiertoon / meeting null / author 5 / []"), memory.proposed);
        // the planned meeting cancelled in its dialog: the reason is listed with it
        _click(_get(Button.class, spec -> spec.withId("cancel-7")));
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("cancel-reason")).setValue("Tila on varattu muualle");
        _click(_get(Button.class, spec -> spec.withId("cancel-confirm")));
        assertEquals(fi.kykyverkko.panels.meeting.MeetingStatus.CANCELLED, memory.meeting.getStatus());
        String meetings = _get(fi.kykyverkko.shell.kit.StackedTable.class, spec -> spec.withId("meetings")).getElement().getTextRecursively();
        assertTrue(meetings.contains("Tila on varattu muualle"), meetings);
    }

    @Test
    void theMeetingWalksTheScriptUpdatingAnIdeaAtTheRecapAndEndsHeld() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels/meeting/7"));
        assertEquals("Kahvit yhdessä", _get(H3.class, spec -> spec.withId("current-step")).getText());
        _click(_get(Button.class, spec -> spec.withId("next-step")));
        assertTrue(_get(H3.class, spec -> spec.withId("current-step")).getText().contains("ideoiden eteneminen"));
        _get(Paragraph.class, spec -> spec.withId("recap"));
        _click(_get(Button.class, spec -> spec.withId("update-idea-9")));
        _get(Button.class, spec -> spec.withId("idea-save"));
        _click(_get(Button.class, spec -> spec.withId("next-step")));
        _click(_get(Button.class, spec -> spec.withId("next-step")));
        assertTrue(_get(Paragraph.class, spec -> spec.withId("mood-meeting")).getText().contains("hyvä 1/2"));
        _click(_get(Button.class, spec -> spec.withId("next-step")));
        assertEquals("Tapaaminen on pidetty.", _get(Paragraph.class, spec -> spec.withId("meeting-held")).getText());
        assertEquals(IdeaStatus.NEW, memory.idea.getStatus(), "the dialog was opened, not saved");
    }

    @Test
    void thePanelViewShowsTheMoodTrendWithItsDenominators() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels/1"));
        Div trend = _get(Div.class, spec -> spec.withId("mood-trend"));
        String html = trend.getElement().getOuterHTML();
        assertEquals(3, html.split("<svg").length - 1, "a chart for each of the three questions");
        String table = _get(fi.kykyverkko.shell.kit.StackedTable.class, spec -> spec.withId("mood-trend-table")).getElement().getTextRecursively();
        assertTrue(table.contains("2/1 jäsentä") && table.contains("2,5") && table.contains("3,0"), table);
    }

    @Test
    void thePanelViewShowsAnotherFacilitatorsIdeaUpdateWithoutReloading() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels/1"));
        String before = _get(fi.kykyverkko.shell.kit.StackedTable.class, spec -> spec.withId("ideas")).getElement().getTextRecursively();
        assertTrue(before.contains("Uusi"), before);
        // as another facilitator's save does: the idea changes in the database, the change is told on the bus
        memory.idea.apply(new IdeaChange(IdeaStatus.IN_PROGRESS, 40, null, null, "Eero", null));
        kit.live.publish(fi.kykyverkko.panels.panel.PanelChange.of(TenantId.of("lappi"), 1), "IDEAS");
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        String after = _get(fi.kykyverkko.shell.kit.StackedTable.class, spec -> spec.withId("ideas")).getElement().getTextRecursively();
        assertTrue(after.contains("40 %") && after.contains("Eero"), after);
        kit.live.publish(fi.kykyverkko.panels.panel.PanelChange.of(TenantId.of("kymenlaakso"), 1), "IDEAS");
        assertEquals(1, kit.live.watching(fi.kykyverkko.panels.panel.PanelChange.of(TenantId.of("lappi"), 1)), "the view watches its own panel only");
        kit.open("lappi/panels");
        assertEquals(0, kit.live.watching(fi.kykyverkko.panels.panel.PanelChange.of(TenantId.of("lappi"), 1)), "a view that has gone stops watching");
    }

    @Test
    void theMeetingViewFollowsACoFacilitatorWalkingTheScript() {
        kit.signIn("fanni", "Fanni", List.of("/tenants/lappi/panel-facilitator"), List.of()).start();
        assertEquals(200, kit.open("lappi/panels/meeting/7"));
        assertEquals("Kahvit yhdessä", _get(H3.class, spec -> spec.withId("current-step")).getText());
        memory.meeting.goTo(1, memory.panel.script().size()); // the co-facilitator's "next" on another device
        kit.live.publish(fi.kykyverkko.panels.panel.PanelChange.of(TenantId.of("lappi"), 1), "MEETINGS");
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertTrue(_get(H3.class, spec -> spec.withId("current-step")).getText().contains("ideoiden eteneminen"));
    }
}
