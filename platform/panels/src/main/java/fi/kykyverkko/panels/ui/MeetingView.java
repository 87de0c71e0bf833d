package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.networks.organisations.Organisation;
import fi.kykyverkko.networks.organisations.Organisations;
import fi.kykyverkko.panels.ideas.IdeaBoard;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.mood.MoodFeedback;
import fi.kykyverkko.panels.mood.MoodResults;
import fi.kykyverkko.panels.panel.CustomerPanel;
import fi.kykyverkko.panels.panel.MeetingScript;
import fi.kykyverkko.panels.panel.PanelChange;
import fi.kykyverkko.panels.panel.Panels;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.live.LiveHub;
import fi.kykyverkko.shell.live.LiveRefresh;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The facilitator's one screen for a meeting: the panel's script as numbered steps, the current one opened — coffee;
 * the recap of the previous meeting and every idea's progress (updated right there); the theme of the day with its
 * methods, notes and new ideas; the anonymous feedback (the kiosk and its results with denominators). "Next" walks
 * on, and past the last step the meeting is held. The step is stored, so a co-facilitator sees the same place, live:
 * the view follows the panel's changes on the shell's live bus (the step walked on, ideas updated, mood answers in).
 */
@Route(value = "panels/meeting/:id([0-9]{1,18})", layout = MainLayout.class)
public class MeetingView extends PortalView implements BeforeEnterObserver {

    private final Panels panels;
    private final IdeaBoard board;
    private final MoodFeedback mood;
    private final List<Organisation> orgs;
    private final Div content = new Div();
    private PanelMeeting meeting;
    private CustomerPanel panel;
    /** The parts of the open step that follow others' changes (null when the step has none). */
    private Div liveIdeas;
    private Div liveResults;
    /** The step and status on screen, to tell whether someone else walked the meeting on. */
    private int shownStep = -1;
    private MeetingStatus shownStatus;

    @Inject
    public MeetingView(PortalSession session, Panels panels, IdeaBoard board, MoodFeedback mood, Organisations organisations, LiveHub live) {
        super(session, "panels.meeting.title");
        this.panels = panels;
        this.board = board;
        this.mood = mood;
        this.orgs = organisations.list(tenant());
        content.setWidthFull();
        add(content);
        LiveRefresh.whileAttached(this, live, () -> panel == null ? List.of() : List.of(PanelChange.of(tenant(), panel.getId())), this::followOthers);
    }

    /**
     * Another facilitator walked the script on (the step is stored): show where the meeting is now. Otherwise keep
     * what is being typed and refresh only the ideas of the recap and the feedback's results.
     */
    private void followOthers() {
        PanelMeeting now = panels.meeting(tenant(), user(), meeting.getId()).orElse(null);
        if (now == null) {
            return;
        }
        boolean walked = now.getScriptStep() != shownStep || now.getStatus() != shownStatus;
        meeting = now;
        if (walked) {
            show();
            return;
        }
        if (liveIdeas != null) {
            fillIdeas();
        }
        if (liveResults != null) {
            fill(liveResults);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get("id").orElse("0"));
        var found = panels.meeting(tenant(), user(), id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meeting = found.get();
        panel = panels.find(tenant(), user(), meeting.getPanelId()).orElseThrow();
        show();
    }

    private void show() {
        content.removeAll();
        liveIdeas = null;
        liveResults = null;
        shownStep = meeting.getScriptStep();
        shownStatus = meeting.getStatus();
        MeetingScript script = panel.script();
        H2 title = new H2(panel.getName() + " " + PanelUi.when(meeting.getStartsAt()));
        title.setId("meeting-title");
        content.add(title, Links.link(getTranslation("panels.meeting.back"), PanelView.class, "id", String.valueOf(panel.getId())));
        var memo = Links.link(getTranslation("panels.memo.link"), fi.kykyverkko.panels.memos.MemoView.class, "id", String.valueOf(meeting.getId()));
        memo.setId("meeting-memo");
        memo.getStyle().set("margin-left", "1rem");
        content.add(memo);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            content.add(new Paragraph(getTranslation(meeting.getStatus().labelKey()) + ": " + meeting.getCancelReason()));
            return;
        }
        OrderedList steps = new OrderedList();
        steps.setId("script-steps");
        for (int i = 0; i < script.size(); i++) {
            int index = i;
            Button step = new Button(script.step(i).title(), e -> go(index));
            step.setId("step-" + i);
            if (i == meeting.getScriptStep()) {
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                step.getElement().setAttribute("aria-current", "step");
            }
            steps.add(new ListItem(step));
        }
        content.add(steps);
        MeetingScript.Step current = script.step(meeting.getScriptStep());
        H3 heading = new H3(current.title());
        heading.setId("current-step");
        content.add(heading);
        switch (current.kind()) {
            case COFFEE -> content.add(new Paragraph(getTranslation("panels.step.coffee.text")));
            case RECAP -> recap();
            case THEME -> theme();
            case FEEDBACK -> feedback();
            default -> { }
        }
        boolean last = meeting.getScriptStep() == script.size() - 1;
        Button next = new Button(getTranslation(last ? "panels.meeting.finish" : "panels.meeting.next"), e -> go(meeting.getScriptStep() + 1));
        next.setId("next-step");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (meeting.getStatus() == MeetingStatus.HELD && last) {
            next.setEnabled(false);
            Paragraph held = new Paragraph(getTranslation("panels.meeting.held"));
            held.setId("meeting-held");
            content.add(held);
        }
        content.add(next);
    }

    private void go(int step) {
        PanelMeeting moved = PanelUi.act(this, () -> panels.goTo(tenant(), user(), meeting.getId(), step), null);
        if (moved != null) {
            meeting = moved;
            show();
        }
    }

    private void recap() {
        var previous = panels.previous(tenant(), meeting);
        Paragraph recap = new Paragraph(previous.map(p -> getTranslation("panels.recap.previous", PanelUi.when(p.getStartsAt()),
                p.getTheme() == null ? "–" : p.getTheme()) + (p.getNotes() == null ? "" : " " + p.getNotes()))
                .orElse(getTranslation("panels.recap.first")));
        recap.setId("recap");
        liveIdeas = new Div();
        liveIdeas.setWidthFull();
        content.add(recap, new Paragraph(getTranslation("panels.recap.ideas")), liveIdeas);
        fillIdeas();
    }

    private void fillIdeas() {
        liveIdeas.removeAll();
        liveIdeas.add(IdeaList.of(this, board, tenant(), user(), panel.getId(), orgs, this::fillIdeas));
    }

    private void theme() {
        TextField theme = new TextField(getTranslation("panels.field.theme"));
        theme.setId("meeting-theme");
        theme.setWidthFull();
        theme.setValue(meeting.getTheme() == null ? "" : meeting.getTheme());
        TextArea methods = new TextArea(getTranslation("panels.field.methods"));
        methods.setId("meeting-methods");
        methods.setWidthFull();
        methods.setValue(meeting.getMethods() == null ? "" : meeting.getMethods());
        TextArea notes = new TextArea(getTranslation("panels.field.notes"));
        notes.setId("meeting-notes");
        notes.setWidthFull();
        notes.setValue(meeting.getNotes() == null ? "" : meeting.getNotes());
        Button save = new Button(getTranslation("panels.save"), e -> {
            PanelMeeting saved = PanelUi.act(this, () -> {
                panels.plan(tenant(), user(), meeting.getId(), theme.getValue(), methods.getValue());
                return panels.writeNotes(tenant(), user(), meeting.getId(), notes.getValue());
            }, "panels.saved");
            if (saved != null) {
                meeting = saved;
            }
        });
        save.setId("save-theme");
        TextField idea = new TextField(getTranslation("panels.idea.new-from-meeting"));
        idea.setId("meeting-idea");
        idea.setWidthFull();
        Button propose = new Button(getTranslation("panels.idea.propose"), e -> {
            if (PanelUi.act(this, () -> board.propose(tenant(), user(), panel.getId(), meeting.getId(), null, idea.getValue(), null, List.of()),
                    "panels.idea.proposed") != null) {
                idea.clear();
            }
        });
        propose.setId("meeting-propose");
        content.add(theme, methods, notes, save, idea, propose);
    }

    private void feedback() {
        content.add(new Paragraph(getTranslation("panels.mood.explain")));
        content.add(Links.link(getTranslation("panels.mood.open-kiosk"), KioskView.class, "id", String.valueOf(meeting.getId())));
        Div results = new Div();
        results.setId("mood-results");
        results.getElement().setAttribute("aria-live", "polite");
        liveResults = results;
        fill(results);
        Button refresh = new Button(getTranslation("panels.mood.refresh"), e -> fill(results));
        refresh.setId("mood-refresh");
        content.add(results, refresh);
    }

    private void fill(Div results) {
        results.removeAll();
        MoodResults r = mood.results(tenant(), meeting.getId());
        int members = (int) panels.members(tenant(), user(), panel.getId()).stream().filter(m -> m.getLeftOn() == null).count();
        results.add(new Paragraph(getTranslation("panels.mood.answers", r.answers(), members)));
        for (var item : MoodFeedback.questions()) {
            Paragraph line = new Paragraph(item.text().in(PanelUi.locale().getLanguage()) + " " + getTranslation("panels.mood.counts",
                    r.share(item.id(), 1), r.share(item.id(), 2), r.share(item.id(), 3)));
            line.setId("mood-" + item.id());
            results.add(line);
        }
    }
}
