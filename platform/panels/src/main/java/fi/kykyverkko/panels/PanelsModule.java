package fi.kykyverkko.panels;

import fi.kykyverkko.kernel.module.DeclaredModule;
import fi.kykyverkko.kernel.module.ModuleView;
import fi.kykyverkko.kernel.tenancy.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The core module for customer panels (issue 14): panels with their facilitators (handed over with history), members
 * behind personal links, recruitment notes and a cadence that generates meetings; the idea board with plain-language
 * statuses, progress, outcomes, history and members' notices; the facilitator's meeting view that walks through the
 * script; the anonymous mood feedback on a kiosk. Core: on in every region.
 */
@ApplicationScoped
public class PanelsModule extends DeclaredModule {

    public static final String ID = "panels";
    public static final String BUNDLE = "i18n.panels";

    public PanelsModule() {
        super(ID, new LocalizedText("Asiakasraadit", "Kundpaneler", "Customer panels"), true);
    }

    @Override
    public List<Class<?>> entities() {
        return List.of(fi.kykyverkko.panels.panel.CustomerPanel.class, fi.kykyverkko.panels.panel.PanelFacilitator.class,
                fi.kykyverkko.panels.panel.Panelist.class, fi.kykyverkko.panels.meeting.PanelMeeting.class,
                fi.kykyverkko.panels.ideas.PanelIdea.class, fi.kykyverkko.panels.ideas.IdeaParticipant.class,
                fi.kykyverkko.panels.ideas.IdeaUpdate.class, fi.kykyverkko.panels.ideas.IdeaOutcome.class,
                fi.kykyverkko.panels.ideas.MemberNotice.class, fi.kykyverkko.panels.mood.MoodAnswer.class,
                // memos (V2)
                fi.kykyverkko.panels.memos.MeetingMemo.class, fi.kykyverkko.panels.memos.MemoPhoto.class,
                fi.kykyverkko.panels.memos.MemoComment.class, fi.kykyverkko.panels.mood.MoodMarker.class,
                // interview rounds and resident tasks (V3)
                fi.kykyverkko.panels.rounds.InterviewRound.class, fi.kykyverkko.panels.rounds.RoundFinding.class,
                fi.kykyverkko.panels.tasks.ResidentTask.class, fi.kykyverkko.panels.tasks.TaskAnswer.class);
    }

    @Override
    public List<ModuleView> views() {
        return List.of(
                new ModuleView(fi.kykyverkko.panels.ui.PanelsView.class, "panels.list.title", "vaadin:users", PanelRoles.STAFF, true),
                new ModuleView(fi.kykyverkko.panels.ui.PanelView.class, "panels.panel.title", "vaadin:users", PanelRoles.STAFF, false),
                new ModuleView(fi.kykyverkko.panels.ui.MeetingView.class, "panels.meeting.title", "vaadin:coffee", PanelRoles.STAFF, false),
                new ModuleView(fi.kykyverkko.panels.ui.KioskView.class, "panels.kiosk.title", "vaadin:smiley-o", PanelRoles.STAFF, false),
                new ModuleView(fi.kykyverkko.panels.memos.MemoView.class, "panels.memo.title", "vaadin:notebook", PanelRoles.STAFF, false),
                new ModuleView(fi.kykyverkko.panels.rounds.RoundsView.class, "panels.rounds.title", "vaadin:comments", PanelRoles.STAFF, false),
                new ModuleView(fi.kykyverkko.panels.tasks.TasksView.class, "panels.tasks.title", "vaadin:globe", PanelRoles.STAFF, false));
    }

    @Override
    public List<Class<?>> resources() {
        return List.of(fi.kykyverkko.panels.api.PanelResource.class);
    }

    @Override
    public String messages() {
        return BUNDLE;
    }

    @Override
    public String aboutKey() {
        return "panels.about";
    }
}
