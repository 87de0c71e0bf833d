package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.groups.GroupActivity;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;

/** The region's groups and networks: who convenes them, how often they meet, and which have gone quiet. */
@Route(value = "networks/groups", layout = MainLayout.class)
public class GroupsView extends PortalView {

    @Inject
    public GroupsView(PortalSession session, Groups groups, GroupForm form) {
        super(session, "networks.groups.title");
        add(new Paragraph(getTranslation("networks.groups.intro")));
        Grid<GroupSummary> grid = new Grid<>();
        grid.setId("groups-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(s -> Links.link(s.group().getName(), GroupView.class, "id", String.valueOf(s.group().getId())))
                .setHeader(getTranslation("networks.groups.name")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.group().getKind().labelKey())).setHeader(getTranslation("networks.groups.kind")).setFlexGrow(2);
        grid.addColumn(s -> s.group().getConvener() == null ? getTranslation("networks.groups.no-convener") : s.group().getConvener().getName())
                .setHeader(getTranslation("networks.groups.convener")).setFlexGrow(2);
        grid.addColumn(s -> CadenceText.of(s.group().getCadence(), this::getTranslation)).setHeader(getTranslation("networks.groups.cadence")).setFlexGrow(2);
        grid.addColumn(s -> s.group().getMembers().size()).setHeader(getTranslation("networks.groups.members")).setFlexGrow(0).setWidth("7rem");
        grid.addColumn(s -> PortalTime.date(s.activity().lastHeld(), getLocale())).setHeader(getTranslation("networks.groups.last-met")).setFlexGrow(1);
        grid.addColumn(s -> nextMeeting(s.activity(), this::getTranslation, getLocale())).setHeader(getTranslation("networks.groups.next")).setFlexGrow(2);
        grid.addComponentColumn(GroupsView::stateBadge).setHeader(getTranslation("networks.groups.state")).setFlexGrow(1);
        grid.setItems(groups.overview(tenant()));
        grid.setAllRowsVisible(true);
        if (NetworkAccess.canEditAll(user(), tenant())) {
            Button create = new Button(getTranslation("networks.groups.new"),
                    e -> form.open(new NetworkGroup(), tenant(), user(), saved -> Links.navigate(GroupView.class, "id", String.valueOf(saved.getId()))));
            create.setId("new-group");
            add(create);
        }
        add(grid);
    }

    /**
     * When the group meets next, honestly: a planned meeting's date, or the date its cadence expects one by
     * ("by 26.8., not planned yet"), or that the date has passed with nothing planned.
     */
    static String nextMeeting(fi.kykyverkko.networks.groups.GroupActivity activity,
                              java.util.function.BiFunction<String, Object[], String> t, java.util.Locale locale) {
        if (activity.nextPlanned() != null) {
            return PortalTime.date(activity.nextPlanned(), locale);
        }
        if (activity.due() == null) {
            return t.apply("networks.groups.next-none", new Object[0]);
        }
        String due = PortalTime.date(activity.due(), locale);
        return t.apply(activity.due().isBefore(PortalTime.today()) ? "networks.groups.next-overdue" : "networks.groups.next-due", new Object[] {due});
    }

    /** The group's state as a coloured badge with a text, so colour is never the only cue. */
    static Span stateBadge(GroupSummary summary) {
        Span badge = new Span();
        GroupActivity.State state = summary.activity().state();
        badge.setText(badge.getTranslation(summary.group().isActive() ? "networks.group-state." + state.name() : "networks.group-state.INACTIVE"));
        badge.getElement().getThemeList().add(switch (state) {
            case QUIET -> "badge error";
            case LATE -> "badge contrast";
            case ON_TRACK -> "badge success";
        });
        return badge;
    }
}
