package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.events.EventRegistration;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.time.Instant;

/** An event's registrations (attendance marked by its editors) and, while registration is open, a form to register. */
final class RegistrationsPanel extends Div {

    RegistrationsPanel(Events events, TenantId tenant, PortalUser user, NetworkEvent event, boolean editable, Runnable afterChange) {
        add(new H3(getTranslation("networks.events.registrations")));
        Grid<EventRegistration> list = new Grid<>();
        list.addColumn(EventRegistration::getName).setHeader(getTranslation("networks.field.name"));
        list.addColumn(EventRegistration::getOrganisation).setHeader(getTranslation("networks.field.organisation"));
        list.addComponentColumn(r -> {
            Checkbox attended = new Checkbox(getTranslation("networks.events.attended"), r.isAttended());
            attended.setReadOnly(!editable);
            attended.addValueChangeListener(e -> events.setAttended(tenant, user, r.getId(), e.getValue()));
            return attended;
        }).setHeader(getTranslation("networks.events.attended"));
        list.setItems(events.registrations(tenant, event.getId()));
        list.setAllRowsVisible(true);
        add(list);
        if (event.isRegistrationOpen()) {
            EntityForm<EventRegistration> form = new EntityForm<>();
            TextField name = form.bind("name", Fields.text(this, "networks.field.name", "registration-name"),
                    EventRegistration::getName, EventRegistration::setName);
            TextField organisation = form.bind("organisation", Fields.text(this, "networks.field.organisation", null),
                    EventRegistration::getOrganisation, EventRegistration::setOrganisation);
            TextField email = form.bind("email", Fields.text(this, "networks.field.email", null), EventRegistration::getEmail, EventRegistration::setEmail);
            form.required("name");
            name.setValue(user.displayName());
            Button register = new Button(getTranslation("networks.events.register"), e -> {
                EventRegistration registration = new EventRegistration(event.getId(), Instant.now());
                if (FormSave.save(this, form, () -> events.register(tenant, user, form.write(registration)), "networks.events.registered-ok") != null) {
                    list.setItems(events.registrations(tenant, event.getId()));
                    afterChange.run();
                }
            });
            register.setId("register");
            add(new FormLayout(name, organisation, email), register);
        }
    }
}
