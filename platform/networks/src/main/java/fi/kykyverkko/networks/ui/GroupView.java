package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.button.Button;
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
        offCadence(summary).ifPresent(content::add);
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
        members.setId("group-members");
        // an address breaks anywhere rather than run past the edge of a phone
        members.getStyle().set("overflow-wrap", "anywhere");
        group.getMembers().stream().sorted(Comparator.comparing(Person::getName, fi.kykyverkko.kernel.domain.FinnishCollation.ORDER))
                .forEach(p -> members.add(member(p)));
        group.getOrganisations().forEach(o -> members.add(new ListItem(o.names().in(getLocale()))));
        content.add(members);

        content.add(new H3(getTranslation("networks.group.meetings")));
        if (manage) {
            Button plan = new Button(getTranslation("networks.group.plan-meeting"), e -> new MeetingDialog(groups, tenant(), user(), group, planned(group), manage, this::render).open());
            plan.setId("plan-meeting");
            content.add(plan);
        }
        StackedTable<Meeting> meetings = new StackedTable<>("meetings-list");
        meetings.component(getTranslation("networks.meeting.starts"), m -> StackedTable.opener(PortalTime.dateTime(m.getStartsAt(), getLocale()),
                        () -> new MeetingDialog(groups, tenant(), user(), group, m, manage, this::render).open()))
                .text(getTranslation("networks.meeting.status"), m -> getTranslation(m.getStatus().labelKey()))
                .text(getTranslation("networks.meeting.place"), m -> m.getPlace() == null ? (m.getOnlineLink() == null ? "" : getTranslation("networks.meeting.online")) : m.getPlace())
                .component(getTranslation("networks.meeting.invitation"), m -> {
                    Anchor ics = new Anchor(new StreamResource(MeetingInvitation.fileName(group, m),
                            () -> new ByteArrayInputStream(MeetingInvitation.ics(tenant(), group, m))), getTranslation("networks.meeting.calendar"));
                    ics.getElement().setAttribute("download", true);
                    return ics;
                })
                .whenEmpty(getTranslation("networks.group.no-meetings"));
        meetings.setItems(groups.meetings(tenant(), groupId));
        content.add(meetings);

        content.add(new H3(getTranslation("networks.group.tasks")));
        if (manage) {
            Button add = new Button(getTranslation("networks.task.new"), e -> new TaskDialog(groups, tenant(), user(), group, new GroupTask(groupId), this::render).open());
            add.setId("new-task");
            content.add(add);
        }
        StackedTable<GroupTask> tasks = new StackedTable<>("tasks-list");
        tasks.component(getTranslation("networks.task.title"), t -> StackedTable.opener(t.getTitle(), () -> new TaskDialog(groups, tenant(), user(), group, t, this::render).open()))
                .text(getTranslation("networks.task.owner"), t -> t.getOwner() == null ? "" : t.getOwner().getName())
                .text(getTranslation("networks.task.due"), t -> dateOrDash(t.getDueOn()) + (t.isOverdue(PortalTime.today()) ? " – " + getTranslation("networks.task.overdue") : ""))
                .text(getTranslation("networks.task.status"), t -> getTranslation(t.getStatus().labelKey()))
                .whenEmpty(getTranslation("networks.group.no-tasks"));
        tasks.setItems(groups.tasks(tenant(), groupId));
        content.add(tasks);
    }

    /** A member with their title and organisation, and their e-mail address as a link. */
    private ListItem member(Person person) {
        ListItem item = new ListItem(person.label());
        if (person.getEmail() != null) {
            Anchor email = new Anchor("mailto:" + person.getEmail(), person.getEmail());
            email.getStyle().set("text-decoration", "underline"); // a link inside text is told apart by more than its colour
            item.add(new com.vaadin.flow.component.Text(" – "), email);
        }
        return item;
    }

    /**
     * Why a group is not on its cadence: the last meeting held or the next one planned fell on a day the cadence
     * does not allow ("the first Tuesday" met on a Wednesday).
     */
    private java.util.Optional<Paragraph> offCadence(GroupSummary summary) {
        if (summary.activity().state() != fi.kykyverkko.networks.groups.GroupActivity.State.OFF_CADENCE) {
            return java.util.Optional.empty();
        }
        fi.kykyverkko.networks.groups.Cadence cadence = summary.group().getCadence();
        String rule = CadenceText.of(cadence, this::getTranslation);
        java.time.LocalDate last = summary.activity().lastHeld();
        String text = last != null && !cadence.fits(last)
                ? getTranslation("networks.group.last-off-cadence", PortalTime.date(last, getLocale()), rule)
                : getTranslation("networks.group.next-off-cadence", PortalTime.date(summary.activity().nextPlanned(), getLocale()), rule);
        Paragraph note = new Paragraph(text);
        note.setId("off-cadence");
        return java.util.Optional.of(note);
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
