package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.StackedTable;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.networks.events.EventRegistration;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.NetworkEvent;
import java.util.List;

/** An event's registrations: how many of the seats are taken, and who, with attendance marked by the event's editors. */
final class RegistrationsPanel extends Div {

    private final Events events;
    private final TenantId tenant;
    private final NetworkEvent event;
    private final Paragraph count = new Paragraph();
    private final StackedTable<EventRegistration> list = new StackedTable<>("registrations-list");

    RegistrationsPanel(Events events, TenantId tenant, PortalUser user, NetworkEvent event, boolean editable) {
        this.events = events;
        this.tenant = tenant;
        this.event = event;
        setWidthFull();
        count.setId("registrations-count");
        list.text(getTranslation("networks.field.name"), EventRegistration::getName)
                .text(getTranslation("networks.field.organisation"), EventRegistration::getOrganisation);
        if (editable) {
            list.component(getTranslation("networks.events.attended"), r -> {
                Checkbox attended = new Checkbox(getTranslation("networks.events.attended"), r.isAttended());
                attended.setAriaLabel(getTranslation("networks.events.attended-of", r.getName()));
                attended.addValueChangeListener(e -> events.setAttended(tenant, user, r.getId(), e.getValue()));
                return attended;
            });
        }
        add(new H3(getTranslation("networks.events.registrations")), count, list);
        refresh();
    }

    void refresh() {
        List<EventRegistration> registered = events.registrations(tenant, event.getId());
        count.setText(event.getCapacity() == null ? getTranslation("networks.events.registered-count", registered.size())
                : getTranslation("networks.events.registered-count-of", registered.size(), event.getCapacity()));
        list.setItems(registered);
    }
}
