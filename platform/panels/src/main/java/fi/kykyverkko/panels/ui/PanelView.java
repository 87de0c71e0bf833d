package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.mood.MoodFeedback;
import fi.kykyverkko.panels.mood.MoodResults;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.NewMember;
import fi.kykyverkko.panels.panel.PanelFacilitator;
import fi.kykyverkko.panels.panel.Panelist;
import fi.kykyverkko.panels.panel.PanelChange;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.live.LiveHub;
import fi.kykyverkko.shell.live.LiveRefresh;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * One panel: purpose, organisation, note-taker and recruitment notes; its facilitators over time with the handover;
 * members (a new member's link shown once); meetings from the cadence (generate, move, cancel, run) with each one's
 * mood and the mood's trend; the idea board. The meetings and the board follow what others change, live.
 */
@Route(value = "panels/:id([0-9]{1,18})", layout = MainLayout.class)
public class PanelView extends PortalView implements BeforeEnterObserver {

    private final Panels panels;
    private final IdeaBoard board;
    private final MoodFeedback mood;
    private final List<Organisation> orgs;
    private final Div content = new Div();
    private final Div meetingsArea = new Div();
    private final Div boardArea = new Div();
    private CustomerPanel panel;

    @Inject
    public PanelView(PortalSession session, Panels panels, IdeaBoard board, MoodFeedback mood, Organisations organisations, LiveHub live) {
        super(session, "panels.panel.title");
        this.panels = panels;
        this.board = board;
        this.mood = mood;
        this.orgs = organisations.list(tenant());
        content.setWidthFull();
        meetingsArea.setWidthFull();
        boardArea.setWidthFull();
        add(content);
        // what others change while this is open: the meetings with their mood, and the idea board (forms kept)
        LiveRefresh.whileAttached(this, live, () -> panel == null ? List.of() : List.of(PanelChange.of(tenant(), panel.getId())), () -> {
            fillMeetings();
            fillBoard();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PanelUi.panelOf(event, panels, tenant(), user()).ifPresent(found -> {
            panel = found;
            show();
        });
    }

    private String org(Long id) {
        return id == null ? "" : orgs.stream().filter(o -> o.getId().equals(id)).map(o -> o.names().in(PanelUi.locale())).findFirst().orElse("");
    }

    private void show() {
        content.removeAll();
        panel = panels.find(tenant(), user(), panel.getId()).orElseThrow();
        H2 title = new H2(panel.getName());
        title.setId("panel-title");
        content.add(title, new Paragraph(panel.getPurpose()),
                new Paragraph(getTranslation("panels.field.organisationId") + ": " + org(panel.getOrganisationId())),
                new Paragraph(getTranslation("panels.field.cadence") + ": " + PanelUi.cadence(this, panel.cadence())),
                new Paragraph(getTranslation("panels.field.noteTaker") + ": " + (panel.getNoteTaker() == null ? "–" : panel.getNoteTaker())));
        TextArea notes = new TextArea(getTranslation("panels.field.recruitmentNotes"));
        notes.setId("recruitment-notes");
        notes.setWidthFull();
        notes.setValue(panel.getRecruitmentNotes() == null ? "" : panel.getRecruitmentNotes());
        Button saveNotes = new Button(getTranslation("panels.save"), e -> PanelUi.act(this, () -> {
            panel.keepRecruitmentNotes(notes.getValue());
            return panels.save(tenant(), user(), panel);
        }, "panels.saved"));
        saveNotes.setId("save-recruitment-notes");
        content.add(notes, saveNotes);
        // interview rounds where the clients are, and resident community tasks: their own views
        var rounds = Links.link(getTranslation("panels.rounds.title"), fi.kykyverkko.panels.rounds.RoundsView.class, "id", String.valueOf(panel.getId()));
        rounds.setId("panel-rounds");
        var tasks = Links.link(getTranslation("panels.tasks.title"), fi.kykyverkko.panels.tasks.TasksView.class, "id", String.valueOf(panel.getId()));
        tasks.setId("panel-tasks");
        content.add(new Div(rounds), new Div(tasks));
        facilitators();
        members();
        meetings();
        ideas();
    }

    private void facilitators() {
        content.add(new H3(getTranslation("panels.facilitators")));
        StackedTable<PanelFacilitator> table = new StackedTable<>("facilitators");
        table.text(getTranslation("panels.field.name"), PanelFacilitator::getName)
                .text(getTranslation("panels.field.role"), f -> getTranslation(f.getRole().labelKey()))
                .text(getTranslation("panels.field.from"), f -> PortalTime.date(f.getFrom(), PanelUi.locale()))
                .text(getTranslation("panels.field.until"), f -> f.getUntil() == null ? "–" : PortalTime.date(f.getUntil(), PanelUi.locale()))
                .breakingText(getTranslation("panels.field.handoverNote"), f -> f.getHandoverNote() == null ? "" : f.getHandoverNote());
        table.setItems(panels.facilitators(tenant(), user(), panel.getId()));
        TextField next = new TextField(getTranslation("panels.field.facilitatorName"));
        next.setId("handover-name");
        TextArea note = new TextArea(getTranslation("panels.field.handoverNote"));
        note.setId("handover-note");
        Button handOver = new Button(getTranslation("panels.handover"), e -> {
            if (PanelUi.act(this, () -> panels.handOver(tenant(), user(), panel.getId(), next.getValue(), null, PortalTime.today(), note.getValue()),
                    "panels.handover.done") != null) {
                show();
            }
        });
        handOver.setId("handover");
        Button co = new Button(getTranslation("panels.add-co"), e -> {
            if (PanelUi.act(this, () -> panels.addCoFacilitator(tenant(), user(), panel.getId(), next.getValue(), null), "panels.saved") != null) {
                show();
            }
        });
        co.setId("add-co-facilitator");
        content.add(table, new FormLayout(next, note), new Div(handOver, co));
    }

    private void members() {
        content.add(new H3(getTranslation("panels.members")));
        StackedTable<Panelist> table = new StackedTable<>("members");
        table.text(getTranslation("panels.field.name"), Panelist::getName)
                .text(getTranslation("panels.field.language"), m -> getTranslation("panels.language." + m.getLanguage()))
                .text(getTranslation("panels.field.email"), m -> m.mayBeEmailed() ? m.getEmail() : getTranslation("panels.member.no-email"))
                .component(getTranslation("panels.member.link"), m -> {
                    Button b = new Button(getTranslation("panels.member.new-link"), e -> showLink(panels.newLink(tenant(), user(), m.getId())));
                    b.setId("new-link-" + m.getId());
                    return b;
                })
                .whenEmpty(getTranslation("panels.members.none"));
        table.setItems(panels.members(tenant(), user(), panel.getId()));
        TextField name = new TextField(getTranslation("panels.field.name"));
        name.setId("member-name");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("panels.field.language"));
        language.setItems(Panelist.LANGUAGES);
        language.setItemLabelGenerator(l -> getTranslation("panels.language." + l));
        language.setValue("fi");
        language.setId("member-language");
        Checkbox consent = new Checkbox(getTranslation("panels.field.emailConsent"));
        consent.setId("member-consent");
        TextField email = new TextField(getTranslation("panels.field.email"));
        email.setId("member-email");
        Button add = new Button(getTranslation("panels.members.add"), e -> {
            NewMember made = PanelUi.act(this, () -> panels.addMember(tenant(), user(), panel.getId(), name.getValue(), language.getValue(),
                    consent.getValue(), email.getValue()), "panels.members.added");
            if (made != null) {
                show();
                showLink(made);
            }
        });
        add.setId("add-member");
        content.add(table, new FormLayout(name, language, consent, email), add);
    }

    private void showLink(NewMember made) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(made.member().getName());
        Paragraph address = new Paragraph(made.pageAddress());
        address.setId("member-link");
        dialog.add(new Paragraph(getTranslation("panels.member.link-once")), address);
        Button close = new Button(getTranslation("panels.close"), e -> dialog.close());
        close.setId("member-link-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void meetings() {
        content.add(new H3(getTranslation("panels.meetings")));
        content.add(generateButton(), meetingsArea);
        fillMeetings();
    }

    private Button generateButton() {
        Button generate = new Button(getTranslation("panels.meetings.generate"), e -> {
            List<PanelMeeting> made = PanelUi.act(this, () -> panels.planMeetings(tenant(), user(), panel.getId(), PortalTime.today(),
                    PortalTime.today().plusMonths(6)), null);
            if (made != null) {
                notify(getTranslation("panels.meetings.generated", made.size()), false);
                show();
            }
        });
        generate.setId("generate-meetings");
        return generate;
    }

    /** The meetings with each one's mood, and the mood's trend across them. */
    private void fillMeetings() {
        meetingsArea.removeAll();
        List<PanelMeeting> meetings = panels.meetings(tenant(), user(), panel.getId());
        Map<Long, MoodResults> moods = mood.resultsOfPanel(tenant(), panel.getId());
        StackedTable<PanelMeeting> table = new StackedTable<>("meetings");
        table.text(getTranslation("panels.field.startsAt"), m -> PanelUi.when(m.getStartsAt()))
                .breakingText(getTranslation("panels.field.place"), m -> m.getPlace() == null ? "" : m.getPlace())
                .text(getTranslation("panels.field.status"), m -> getTranslation(m.getStatus().labelKey())
                        + (m.getCancelReason() == null ? "" : ": " + m.getCancelReason()))
                .text(getTranslation("panels.field.theme"), m -> m.getTheme() == null ? "" : m.getTheme())
                .text(getTranslation("panels.mood.result"), m -> {
                    MoodResults r = moods.get(m.getId());
                    return r == null || r.answers() == 0 ? "–"
                            : getTranslation("panels.mood.mean", String.format(PanelUi.locale(), "%.1f", r.mean("meeting")), r.answers());
                })
                .component(getTranslation("panels.actions"), m -> {
                    Div actions = new Div();
                    if (m.getStatus() != MeetingStatus.CANCELLED) {
                        var run = Links.link(getTranslation("panels.meeting.run"), MeetingView.class, "id", String.valueOf(m.getId()));
                        run.setId("run-" + m.getId());
                        run.getElement().setAttribute("data-status", m.getStatus().name());
                        actions.add(run);
                        var memo = Links.link(getTranslation("panels.memo.link"), fi.kykyverkko.panels.memos.MemoView.class, "id", String.valueOf(m.getId()));
                        memo.setId("memo-" + m.getId());
                        memo.getStyle().set("margin-left", ".75rem");
                        actions.add(memo);
                    }
                    if (m.getStatus() == MeetingStatus.PLANNED) {
                        Button move = new Button(getTranslation("panels.meeting.move"), e -> MeetingDialogs.move(this, panels, tenant(), user(), m, this::show));
                        move.setId("move-" + m.getId());
                        Button cancel = new Button(getTranslation("panels.meeting.cancel"), e -> MeetingDialogs.cancel(this, panels, tenant(), user(), m, this::show));
                        cancel.setId("cancel-" + m.getId());
                        actions.add(move, cancel);
                    }
                    return actions;
                })
                .whenEmpty(getTranslation("panels.meetings.none"));
        table.setItems(meetings);
        int members = (int) panels.members(tenant(), user(), panel.getId()).stream().filter(m -> m.getLeftOn() == null).count();
        meetingsArea.add(table, MoodTrend.of(this, meetings, moods, members));
    }

    private void ideas() {
        content.add(new H3(getTranslation("panels.ideas")));
        content.add(boardArea);
        fillBoard();
        content.add(new IdeaProposalForm(this, panels, board, tenant(), user(), panel.getId(), this::show));
    }

    private void fillBoard() {
        boardArea.removeAll();
        boardArea.add(IdeaList.of(this, board, tenant(), user(), panel.getId(), orgs, this::fillBoard));
    }
}
