package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingInvitation;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * One group: purpose, convener, cadence and state; members; meetings with agenda, minutes, decisions,
 * attachments and an invitation for calendars; tasks with owner, due date and status. A group of another
 * region, or one that does not exist, is "not found".
 */
@Route(value = "networks/group/:id([0-9]+)", layout = MainLayout.class)
public class GroupView extends PortalView implements BeforeEnterObserver {

    private final Groups groups;
    private final GroupForm form;
    private final Div content = new Div();
    private long groupId;

    @Inject
    public GroupView(PortalSession session, Groups groups, GroupForm form) {
        super(session, "networks.group.title");
        this.groups = groups;
        this.form = form;
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = id(event.getRouteParameters().get("id").orElse(""));
        if (id == null || groups.find(tenant(), id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        groupId = id;
        render();
    }

    private static Long id(String digits) {
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException tooLongOrEmpty) {
            return null;
        }
    }

    private void render() {
        content.removeAll();
        GroupSummary summary = groups.summary(tenant(), groupId).orElseThrow();
        NetworkGroup group = summary.group();
        boolean manage = groups.canManage(user(), tenant(), group);

        H3 name = new H3(group.getName());
        name.setId("group-heading");
        content.add(name, GroupsView.stateBadge(summary));
        if (summary.activity().quiet()) {
            Paragraph warning = new Paragraph(getTranslation("networks.group.quiet-explained"));
            warning.getElement().setAttribute("role", "alert");
            content.add(warning);
        }
        UnorderedList facts = new UnorderedList();
        facts.add(new ListItem(getTranslation("networks.groups.kind") + ": " + getTranslation(group.getKind().labelKey())));
        facts.add(new ListItem(getTranslation("networks.groups.convener") + ": "
                + (group.getConvener() == null ? getTranslation("networks.groups.no-convener") : group.getConvener().label())));
        facts.add(new ListItem(getTranslation("networks.groups.cadence") + ": " + CadenceText.of(group.getCadence(), this::getTranslation)));
        facts.add(new ListItem(getTranslation("networks.groups.last-met") + ": " + dateOrDash(summary.activity().lastHeld())));
        facts.add(new ListItem(getTranslation("networks.groups.next") + ": " + GroupsView.nextMeeting(summary.activity(), this::getTranslation, getLocale())));
        content.add(facts);
        if (group.getPurpose() != null) {
            content.add(new Paragraph(group.getPurpose()));
        }
        if (manage) {
            Button edit = new Button(getTranslation("networks.group.edit"), e -> form.open(group, tenant(), user(), saved -> render()));
            edit.setId("edit-group");
            content.add(edit);
        }

        content.add(new H3(getTranslation("networks.groups.members") + " (" + group.getMembers().size() + ")"));
        UnorderedList members = new UnorderedList();
        group.getMembers().stream().sorted(Comparator.comparing(Person::getName)).forEach(p -> members.add(new ListItem(p.label())));
        group.getOrganisations().forEach(o -> members.add(new ListItem(o.names().in(getLocale()))));
        content.add(members);

        content.add(new H3(getTranslation("networks.group.meetings")));
        if (manage) {
            Button plan = new Button(getTranslation("networks.group.plan-meeting"), e -> new MeetingDialog(groups, tenant(), user(), group, planned(group), manage, this::render).open());
            plan.setId("plan-meeting");
            content.add(plan);
        }
        Grid<Meeting> meetings = new Grid<>();
        meetings.setId("meetings-grid");
        meetings.addColumn(m -> PortalTime.dateTime(m.getStartsAt(), getLocale())).setHeader(getTranslation("networks.meeting.starts")).setFlexGrow(2);
        meetings.addColumn(m -> getTranslation(m.getStatus().labelKey())).setHeader(getTranslation("networks.meeting.status")).setFlexGrow(1);
        meetings.addColumn(m -> m.getPlace() == null ? (m.getOnlineLink() == null ? "" : getTranslation("networks.meeting.online")) : m.getPlace())
                .setHeader(getTranslation("networks.meeting.place")).setFlexGrow(2);
        meetings.addComponentColumn(m -> {
            Anchor ics = new Anchor(new StreamResource(MeetingInvitation.fileName(group, m),
                    () -> new ByteArrayInputStream(MeetingInvitation.ics(tenant(), group, m))), getTranslation("networks.meeting.calendar"));
            ics.getElement().setAttribute("download", true);
            return ics;
        }).setHeader(getTranslation("networks.meeting.invitation")).setFlexGrow(1);
        meetings.addItemClickListener(e -> new MeetingDialog(groups, tenant(), user(), group, e.getItem(), manage, this::render).open());
        meetings.setItems(groups.meetings(tenant(), groupId));
        meetings.setAllRowsVisible(true);
        content.add(meetings);

        content.add(new H3(getTranslation("networks.group.tasks")));
        Grid<GroupTask> tasks = new Grid<>();
        tasks.setId("tasks-grid");
        tasks.addColumn(GroupTask::getTitle).setHeader(getTranslation("networks.task.title")).setFlexGrow(3);
        tasks.addColumn(t -> t.getOwner() == null ? "" : t.getOwner().getName()).setHeader(getTranslation("networks.task.owner")).setFlexGrow(2);
        tasks.addColumn(t -> dateOrDash(t.getDueOn()) + (t.isOverdue(PortalTime.today()) ? " – " + getTranslation("networks.task.overdue") : ""))
                .setHeader(getTranslation("networks.task.due")).setFlexGrow(1);
        tasks.addColumn(t -> getTranslation(t.getStatus().labelKey())).setHeader(getTranslation("networks.task.status")).setFlexGrow(1);
        tasks.addItemClickListener(e -> new TaskDialog(groups, tenant(), user(), group, e.getItem(), this::render).open());
        tasks.setItems(groups.tasks(tenant(), groupId));
        tasks.setAllRowsVisible(true);
        if (manage) {
            Button add = new Button(getTranslation("networks.task.new"), e -> new TaskDialog(groups, tenant(), user(), group, new GroupTask(groupId), this::render).open());
            add.setId("new-task");
            content.add(add);
        }
        content.add(tasks);
    }

    private Meeting planned(NetworkGroup group) {
        Meeting meeting = new Meeting(group.getId());
        LocalDateTime start = PortalTime.today().plusDays(7).atTime(13, 0);
        meeting.reschedule(PortalTime.instant(start), PortalTime.instant(start.plusHours(1).plusMinutes(30)));
        return meeting;
    }

    private String dateOrDash(java.time.LocalDate date) {
        return date == null ? "–" : PortalTime.date(date, getLocale());
    }
}
