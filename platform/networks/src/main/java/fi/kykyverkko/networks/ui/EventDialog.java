package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.events.EventKind;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView.Fields;

/**
 * One event in a dialog, bound with Binder. A stored event starts with the person's own registration
 * ({@link OwnRegistration}: registered or not, and the action, without scrolling) and ends with the list of
 * registrations ({@link RegistrationsPanel}).
 */
final class EventDialog extends Dialog {

    EventDialog(Events events, People people, TenantId tenant, PortalUser user, NetworkEvent event, Runnable afterChange) {
        boolean editable = NetworkAccess.canEditEvents(user, tenant);
        setHeaderTitle(event.getId() == null ? getTranslation("networks.events.new") : event.getTitle());
        setWidth("min(50rem, 95vw)");
        EntityForm<NetworkEvent> form = new EntityForm<>();
        TextField title = form.bind("title", Fields.text(this, "networks.events.name", "event-title"), NetworkEvent::getTitle, NetworkEvent::setTitle);
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.setLabel(getTranslation("networks.events.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
        form.bind("kind", kind, NetworkEvent::getKind, NetworkEvent::setKind);
        DateTimePicker starts = form.add("startsAt", Pickers.dateTime(getTranslation("networks.meeting.starts"), getLocale()));
        starts.setValue(event.getStartsAt() == null ? PortalTime.today().plusDays(14).atTime(9, 0) : PortalTime.local(event.getStartsAt()));
        DateTimePicker ends = form.add("endsAt", Pickers.dateTime(getTranslation("networks.meeting.ends"), getLocale()));
        ends.setValue(event.getEndsAt() == null ? PortalTime.today().plusDays(14).atTime(11, 0) : PortalTime.local(event.getEndsAt()));
        // both ends at once: moving an event later must not trip over its old end
        form.onWrite(e -> e.reschedule(starts.getValue() == null ? null : PortalTime.instant(starts.getValue()),
                ends.getValue() == null ? null : PortalTime.instant(ends.getValue())));
        TextField place = form.bind("place", Fields.text(this, "networks.meeting.place", "event-place"), NetworkEvent::getPlace, NetworkEvent::setPlace);
        TextField link = form.bind("onlineLink", Fields.text(this, "networks.meeting.online-link", null), NetworkEvent::getOnlineLink, NetworkEvent::setOnlineLink);
        TextField audience = form.bind("audience", Fields.text(this, "networks.events.audience", null), NetworkEvent::getAudience, NetworkEvent::setAudience);
        TextArea description = form.bind("description", Fields.area(this, "networks.events.description", null),
                NetworkEvent::getDescription, NetworkEvent::setDescription);
        Checkbox open = new Checkbox(getTranslation("networks.events.registration-open"));
        form.binder().forField(open).bind(NetworkEvent::isRegistrationOpen, NetworkEvent::setRegistrationOpen);
        IntegerField capacity = form.bind("capacity", new IntegerField(getTranslation("networks.events.capacity")),
                NetworkEvent::getCapacity, NetworkEvent::setCapacity);
        IntegerField headCount = form.bind("participantCount", new IntegerField(getTranslation("networks.events.head-count")),
                NetworkEvent::getParticipantCount, NetworkEvent::setParticipantCount);
        headCount.setHelperText(getTranslation("networks.events.head-count-help"));
        form.onWrite(e -> {
            if (e.getCode() == null && e.getTitle() != null) {
                e.setCode(Codes.fromName(e.getTitle()));
            }
        });
        form.required("title", "kind");
        form.read(event);
        FormLayout layout = new FormLayout(title, kind, starts, ends, place, link, audience, description, open, capacity, headCount);
        layout.getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
        if (event.getId() != null) {
            RegistrationsPanel registrations = new RegistrationsPanel(events, tenant, user, event, editable);
            add(new OwnRegistration(events, people, tenant, user, event, () -> {
                registrations.refresh();
                afterChange.run();
            }), new H3(getTranslation("networks.events.details")), layout, registrations);
        } else {
            add(layout);
        }
        FormSave.closeButton(this, null);
        if (editable) {
            FormSave.saveButton(this, "event-save", form, () -> events.save(tenant, user, form.write(event)), "networks.events.saved", afterChange);
        }
    }
}
