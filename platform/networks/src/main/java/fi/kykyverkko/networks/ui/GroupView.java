package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.groups.AttachmentInfo;
import fi.kykyverkko.networks.groups.GroupSummary;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingAttachment;
import fi.kykyverkko.networks.groups.MeetingInvitation;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.groups.TaskStatus;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One group: purpose, convener, cadence and state; members; meetings with agenda, minutes, decisions,
 * attachments and an invitation for calendars; tasks with owner, due date and status. A group of another
 * region, or one that does not exist, is "not found".
 */
@Route(value = "networks/group", layout = MainLayout.class)
public class GroupView extends NetworksView implements HasUrlParameter<Long> {

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
    public void setParameter(BeforeEvent event, Long id) {
        if (id == null || groups.find(tenant(), id).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        groupId = id;
        render();
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
            Button plan = new Button(getTranslation("networks.group.plan-meeting"), e -> editMeeting(group, planned(group), manage));
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
        meetings.addItemClickListener(e -> editMeeting(group, e.getItem(), manage));
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
        tasks.addItemClickListener(e -> editTask(group, e.getItem()));
        tasks.setItems(groups.tasks(tenant(), groupId));
        tasks.setAllRowsVisible(true);
        if (manage) {
            Button add = new Button(getTranslation("networks.task.new"), e -> editTask(group, new GroupTask(groupId)));
            add.setId("new-task");
            content.add(add);
        }
        content.add(tasks);
    }

    private Meeting planned(NetworkGroup group) {
        Meeting meeting = new Meeting(group.getId());
        LocalDateTime start = PortalTime.today().plusDays(7).atTime(13, 0);
        meeting.setStartsAt(PortalTime.instant(start));
        meeting.setEndsAt(PortalTime.instant(start.plusHours(1).plusMinutes(30)));
        return meeting;
    }

    private void editMeeting(NetworkGroup group, Meeting meeting, boolean manage) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(group.getName() + " – " + getTranslation("networks.meeting.title"));
        dialog.setWidth("min(50rem, 95vw)");
        EntityForm<Object> fields = new EntityForm<>();
        DateTimePicker starts = fields.add("startsAt", fi.kykyverkko.shell.kit.Pickers.dateTime(getTranslation("networks.meeting.starts"), getLocale()));
        starts.setValue(meeting.getStartsAt() == null ? null : PortalTime.local(meeting.getStartsAt()));
        starts.setId("meeting-starts");
        DateTimePicker ends = fields.add("endsAt", fi.kykyverkko.shell.kit.Pickers.dateTime(getTranslation("networks.meeting.ends"), getLocale()));
        ends.setValue(meeting.getEndsAt() == null ? null : PortalTime.local(meeting.getEndsAt()));
        TextField place = fields.add("place", text("networks.meeting.place", meeting.getPlace(), "meeting-place"));
        TextField link = fields.add("onlineLink", text("networks.meeting.online-link", meeting.getOnlineLink(), null));
        Select<MeetingStatus> status = fields.add("status", new Select<>());
        status.setLabel(getTranslation("networks.meeting.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        status.setValue(meeting.getStatus());
        TextArea agenda = fields.add("agenda", area("networks.meeting.agenda", meeting.getAgenda(), "meeting-agenda"));
        TextArea minutes = fields.add("minutes", area("networks.meeting.minutes", meeting.getMinutes(), "meeting-minutes"));
        TextArea decisions = fields.add("decisions", area("networks.meeting.decisions", meeting.getDecisions(), null));
        FormLayout form = new FormLayout(starts, ends, place, link, status, agenda, minutes, decisions);
        form.setColspan(agenda, 2);
        form.setColspan(minutes, 2);
        form.setColspan(decisions, 2);
        form.getChildren().forEach(c -> c.getElement().setProperty("readonly", !manage));
        dialog.add(form);

        if (meeting.getId() != null) {
            dialog.add(new H3(getTranslation("networks.meeting.attachments")));
            UnorderedList files = new UnorderedList();
            for (AttachmentInfo a : groups.attachments(tenant(), meeting.getId())) {
                StreamResource file = new StreamResource(a.fileName(), () -> groups.attachment(tenant(), a.id())
                        .map(MeetingAttachment::getContent).map(ByteArrayInputStream::new).orElseGet(() -> new ByteArrayInputStream(new byte[0])));
                // an uploaded file is always a download, never a page the portal renders (an .html upload must not run here)
                file.setContentType(MeetingAttachment.safeContentType(a.contentType()));
                file.setHeader("Content-Disposition", "attachment");
                file.setHeader("X-Content-Type-Options", "nosniff");
                Anchor download = new Anchor(file, a.fileName() + " (" + Math.max(1, a.sizeBytes() / 1024) + " kt)");
                download.getElement().setAttribute("download", true);
                files.add(new ListItem(download));
            }
            dialog.add(files);
            if (manage) {
                MemoryBuffer buffer = new MemoryBuffer();
                Upload upload = new Upload(buffer);
                upload.setMaxFileSize(MeetingAttachment.MAX_BYTES);
                upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("networks.meeting.drop-file")));
                upload.addSucceededListener(e -> {
                    try (InputStream in = buffer.getInputStream()) {
                        groups.attach(tenant(), user(), meeting.getId(), e.getFileName(), e.getMIMEType(), in.readAllBytes());
                        notify(getTranslation("networks.meeting.attached", e.getFileName()), false);
                        dialog.close();
                        editMeeting(group, groups.meeting(tenant(), meeting.getId()).orElse(meeting), manage);
                    } catch (IOException failure) {
                        notify(getTranslation("kit.form.failed"), true);
                    }
                });
                upload.addFileRejectedListener(e -> notify(getTranslation("networks.meeting.file-too-large"), true));
                dialog.add(upload);
            }
        }
        dialog.getFooter().add(new Button(getTranslation("kit.form.close"), e -> dialog.close()));
        if (manage) {
            saveButton(dialog, "meeting-save", fields, () -> {
                meeting.setStartsAt(starts.getValue() == null ? null : PortalTime.instant(starts.getValue()));
                meeting.setEndsAt(ends.getValue() == null ? null : PortalTime.instant(ends.getValue()));
                meeting.setPlace(place.getValue());
                meeting.setOnlineLink(link.getValue());
                meeting.setStatus(status.getValue());
                meeting.setAgenda(agenda.getValue());
                meeting.setMinutes(minutes.getValue());
                meeting.setDecisions(decisions.getValue());
                return groups.saveMeeting(tenant(), user(), meeting);
            }, "networks.meeting.saved", this::render);
        }
        dialog.open();
    }

    private void editTask(NetworkGroup group, GroupTask task) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("networks.task.edit"));
        EntityForm<Object> fields = new EntityForm<>();
        TextField title = fields.add("title", text("networks.task.title", task.getTitle(), "task-title"));
        ComboBox<Person> owner = fields.add("owner", new ComboBox<>(getTranslation("networks.task.owner")));
        List<Person> candidates = new ArrayList<>(group.getMembers());
        candidates.sort(Comparator.comparing(Person::getName));
        owner.setItems(candidates);
        owner.setItemLabelGenerator(Person::label);
        owner.setValue(task.getOwner() == null ? null
                : candidates.stream().filter(p -> p.getId().equals(task.getOwner().getId())).findFirst().orElse(null));
        DatePicker due = fields.add("dueOn", fi.kykyverkko.shell.kit.Pickers.date(getTranslation("networks.task.due"), getLocale()));
        due.setValue(task.getDueOn());
        Select<TaskStatus> status = fields.add("status", new Select<>());
        status.setLabel(getTranslation("networks.task.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        status.setValue(task.getStatus());
        dialog.add(new FormLayout(title, owner, due, status));
        dialog.getFooter().add(new Button(getTranslation("kit.form.close"), e -> dialog.close()));
        saveButton(dialog, "task-save", fields, () -> {
            task.setTitle(title.getValue());
            task.setOwner(owner.getValue());
            task.setDueOn(due.getValue());
            task.setStatus(status.getValue());
            return groups.saveTask(tenant(), user(), task);
        }, "networks.task.saved", this::render);
        dialog.open();
    }

    private String dateOrDash(java.time.LocalDate date) {
        return date == null ? "–" : PortalTime.date(date, getLocale());
    }
}
