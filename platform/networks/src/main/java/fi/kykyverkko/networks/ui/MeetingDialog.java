package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.groups.Groups;
import fi.kykyverkko.networks.groups.Meeting;
import fi.kykyverkko.networks.groups.MeetingStatus;
import fi.kykyverkko.networks.groups.NetworkGroup;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView.Fields;

/** One meeting of a group in a dialog, bound with Binder; a stored meeting shows its attachments ({@link AttachmentsPanel}). */
final class MeetingDialog extends Dialog {

    MeetingDialog(Groups groups, TenantId tenant, PortalUser user, NetworkGroup group, Meeting meeting, boolean manage, Runnable afterChange) {
        setHeaderTitle(group.getName() + " – " + getTranslation("networks.meeting.title"));
        setWidth("min(50rem, 95vw)");
        EntityForm<Meeting> form = new EntityForm<>();
        DateTimePicker starts = form.add("startsAt", Pickers.dateTime(getTranslation("networks.meeting.starts"), getLocale()));
        starts.setValue(meeting.getStartsAt() == null ? null : PortalTime.local(meeting.getStartsAt()));
        starts.setId("meeting-starts");
        DateTimePicker ends = form.add("endsAt", Pickers.dateTime(getTranslation("networks.meeting.ends"), getLocale()));
        ends.setValue(meeting.getEndsAt() == null ? null : PortalTime.local(meeting.getEndsAt()));
        // both ends at once: moving a meeting later must not trip over its old end
        form.onWrite(m -> m.reschedule(starts.getValue() == null ? null : PortalTime.instant(starts.getValue()),
                ends.getValue() == null ? null : PortalTime.instant(ends.getValue())));
        TextField place = form.bind("place", Fields.text(this, "networks.meeting.place", "meeting-place"), Meeting::getPlace, Meeting::setPlace);
        TextField link = form.bind("onlineLink", Fields.text(this, "networks.meeting.online-link", null), Meeting::getOnlineLink, Meeting::setOnlineLink);
        ComboBox<MeetingStatus> status = new ComboBox<>();
        status.setLabel(getTranslation("networks.meeting.status"));
        status.setItems(MeetingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        form.bind("status", status, Meeting::getStatus, Meeting::setStatus);
        TextArea agenda = form.bind("agenda", Fields.area(this, "networks.meeting.agenda", "meeting-agenda"), Meeting::getAgenda, Meeting::setAgenda);
        TextArea minutes = form.bind("minutes", Fields.area(this, "networks.meeting.minutes", "meeting-minutes"), Meeting::getMinutes, Meeting::setMinutes);
        TextArea decisions = form.bind("decisions", Fields.area(this, "networks.meeting.decisions", null), Meeting::getDecisions, Meeting::setDecisions);
        form.required("status");
        form.read(meeting);
        FormLayout layout = new FormLayout(starts, ends, place, link, status, agenda, minutes, decisions);
        layout.setColspan(agenda, 2);
        layout.setColspan(minutes, 2);
        layout.setColspan(decisions, 2);
        layout.getChildren().forEach(c -> c.getElement().setProperty("readonly", !manage));
        add(layout);
        if (meeting.getId() != null) {
            add(new AttachmentsPanel(groups, tenant, user, meeting.getId(), manage, () -> {
                // show the new file: open the meeting again as stored
                close();
                new MeetingDialog(groups, tenant, user, group, groups.meeting(tenant, meeting.getId()).orElse(meeting), manage, afterChange).open();
            }));
        }
        FormSave.closeButton(this, null);
        if (manage) {
            FormSave.saveButton(this, "meeting-save", form, () -> groups.saveMeeting(tenant, user, form.write(meeting)), "networks.meeting.saved", afterChange);
        }
    }
}
