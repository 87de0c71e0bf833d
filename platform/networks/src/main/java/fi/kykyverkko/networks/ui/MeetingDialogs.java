package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.server.StreamResource;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.groups.AttachmentInfo;
import fi.kykyverkko.networks.groups.GroupTask;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingAttachment;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.networks.groups.TaskStatus;
import fi.kykyverkko.networks.people.Person;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import fi.kykyverkko.shell.kit.FormSave;

/** The dialogs of a group's page: a meeting (with its attachments and their upload) and a task. */
final class MeetingDialogs {

    private final GroupView view;

    MeetingDialogs(GroupView view) {
        this.view = view;
    }

    void editMeeting(NetworkGroup group, Meeting meeting, boolean manage) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(group.getName() + " – " + view.getTranslation("networks.meeting.title"));
        dialog.setWidth("min(50rem, 95vw)");
        EntityForm<Object> fields = new EntityForm<>();
        DateTimePicker starts = fields.add("startsAt", fi.kykyverkko.shell.kit.Pickers.dateTime(view.getTranslation("networks.meeting.starts"), view.language()));
        starts.setValue(meeting.getStartsAt() == null ? null : PortalTime.local(meeting.getStartsAt()));
        starts.setId("meeting-starts");
        DateTimePicker ends = fields.add("endsAt", fi.kykyverkko.shell.kit.Pickers.dateTime(view.getTranslation("networks.meeting.ends"), view.language()));
        ends.setValue(meeting.getEndsAt() == null ? null : PortalTime.local(meeting.getEndsAt()));
        TextField place = fields.add("place", view.text("networks.meeting.place", meeting.getPlace(), "meeting-place"));
        TextField link = fields.add("onlineLink", view.text("networks.meeting.online-link", meeting.getOnlineLink(), null));
        Select<MeetingStatus> status = fields.add("status", new Select<>());
        status.setLabel(view.getTranslation("networks.meeting.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : view.getTranslation(s.labelKey()));
        status.setValue(meeting.getStatus());
        TextArea agenda = fields.add("agenda", view.area("networks.meeting.agenda", meeting.getAgenda(), "meeting-agenda"));
        TextArea minutes = fields.add("minutes", view.area("networks.meeting.minutes", meeting.getMinutes(), "meeting-minutes"));
        TextArea decisions = fields.add("decisions", view.area("networks.meeting.decisions", meeting.getDecisions(), null));
        FormLayout form = new FormLayout(starts, ends, place, link, status, agenda, minutes, decisions);
        form.setColspan(agenda, 2);
        form.setColspan(minutes, 2);
        form.setColspan(decisions, 2);
        form.getChildren().forEach(c -> c.getElement().setProperty("readonly", !manage));
        dialog.add(form);

        if (meeting.getId() != null) {
            dialog.add(new H3(view.getTranslation("networks.meeting.attachments")));
            UnorderedList files = new UnorderedList();
            for (AttachmentInfo a : view.groups().attachments(view.region(), meeting.getId())) {
                StreamResource file = new StreamResource(a.fileName(), () -> view.groups().attachment(view.region(), a.id())
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
                upload.setDropLabel(new com.vaadin.flow.component.html.Span(view.getTranslation("networks.meeting.drop-file")));
                upload.addSucceededListener(e -> {
                    try (InputStream in = buffer.getInputStream()) {
                        view.groups().attach(view.region(), view.person(), meeting.getId(), e.getFileName(), e.getMIMEType(), in.readAllBytes());
                        FormSave.notify(view.getTranslation("networks.meeting.attached", e.getFileName()), false);
                        dialog.close();
                        editMeeting(group, view.groups().meeting(view.region(), meeting.getId()).orElse(meeting), manage);
                    } catch (IOException failure) {
                        FormSave.notify(view.getTranslation("kit.form.failed"), true);
                    }
                });
                upload.addFileRejectedListener(e -> FormSave.notify(view.getTranslation("networks.meeting.file-too-large"), true));
                dialog.add(upload);
            }
        }
        dialog.getFooter().add(new Button(view.getTranslation("kit.form.close"), e -> dialog.close()));
        if (manage) {
            view.saveButton(dialog, "meeting-save", fields, () -> {
                meeting.setStartsAt(starts.getValue() == null ? null : PortalTime.instant(starts.getValue()));
                meeting.setEndsAt(ends.getValue() == null ? null : PortalTime.instant(ends.getValue()));
                meeting.setPlace(place.getValue());
                meeting.setOnlineLink(link.getValue());
                meeting.setStatus(status.getValue());
                meeting.setAgenda(agenda.getValue());
                meeting.setMinutes(minutes.getValue());
                meeting.setDecisions(decisions.getValue());
                return view.groups().saveMeeting(view.region(), view.person(), meeting);
            }, "networks.meeting.saved", view::render);
        }
        dialog.open();
    }

    void editTask(NetworkGroup group, GroupTask task) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(view.getTranslation("networks.task.edit"));
        EntityForm<Object> fields = new EntityForm<>();
        TextField title = fields.add("title", view.text("networks.task.title", task.getTitle(), "task-title"));
        ComboBox<Person> owner = fields.add("owner", new ComboBox<>(view.getTranslation("networks.task.owner")));
        List<Person> candidates = new ArrayList<>(group.getMembers());
        candidates.sort(Comparator.comparing(Person::getName));
        owner.setItems(candidates);
        owner.setItemLabelGenerator(Person::label);
        owner.setValue(task.getOwner() == null ? null
                : candidates.stream().filter(p -> p.getId().equals(task.getOwner().getId())).findFirst().orElse(null));
        DatePicker due = fields.add("dueOn", fi.kykyverkko.shell.kit.Pickers.date(view.getTranslation("networks.task.due"), view.language()));
        due.setValue(task.getDueOn());
        Select<TaskStatus> status = fields.add("status", new Select<>());
        status.setLabel(view.getTranslation("networks.task.status"));
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : view.getTranslation(s.labelKey()));
        status.setValue(task.getStatus());
        dialog.add(new FormLayout(title, owner, due, status));
        dialog.getFooter().add(new Button(view.getTranslation("kit.form.close"), e -> dialog.close()));
        view.saveButton(dialog, "task-save", fields, () -> {
            task.setTitle(title.getValue());
            task.setOwner(owner.getValue());
            task.setDueOn(due.getValue());
            task.setStatus(status.getValue());
            return view.groups().saveTask(view.region(), view.person(), task);
        }, "networks.task.saved", view::render);
        dialog.open();
    }
}
