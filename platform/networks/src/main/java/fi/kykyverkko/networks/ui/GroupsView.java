package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.kit.Links;
import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.button.Button;
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
        StackedTable<GroupSummary> list = new StackedTable<>("groups-list");
        list.component(getTranslation("networks.groups.name"), s -> Links.link(s.group().getName(), GroupView.class, "id", String.valueOf(s.group().getId())))
                .text(getTranslation("networks.groups.kind"), s -> getTranslation(s.group().getKind().labelKey()))
                .text(getTranslation("networks.groups.convener"),
                        s -> s.group().getConvener() == null ? getTranslation("networks.groups.no-convener") : s.group().getConvener().getName())
                .text(getTranslation("networks.groups.cadence"), s -> CadenceText.of(s.group().getCadence(), this::getTranslation))
                .figure(getTranslation("networks.groups.members"), s -> String.valueOf(s.group().getMembers().size()))
                .figure(getTranslation("networks.groups.last-met"), s -> s.activity().lastHeld() == null ? "–" : PortalTime.date(s.activity().lastHeld(), getLocale()))
                .text(getTranslation("networks.groups.next"), s -> nextMeeting(s.activity(), this::getTranslation, getLocale()))
                .component(getTranslation("networks.groups.state"), GroupsView::stateBadge)
                .whenEmpty(getTranslation("networks.groups.none"));
        list.setItems(groups.overview(tenant()));
        if (NetworkAccess.canEditAll(user(), tenant())) {
            Button create = new Button(getTranslation("networks.groups.new"),
                    e -> form.open(new NetworkGroup(), tenant(), user(), saved -> Links.navigate(GroupView.class, "id", String.valueOf(saved.getId()))));
            create.setId("new-group");
            add(create);
        }
        add(list);
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
            case OFF_CADENCE -> "badge";
            case ON_TRACK -> "badge success";
        });
        return badge;
    }
}
