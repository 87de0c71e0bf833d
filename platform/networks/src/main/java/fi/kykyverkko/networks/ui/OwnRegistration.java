package fi.kykyverkko.networks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.identity.PortalUser;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.events.EventRegistration;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.networks.people.Person;
import fi.kykyverkko.shell.kit.EntityForm;
import fi.kykyverkko.shell.kit.FormSave;
import fi.kykyverkko.shell.kit.PortalView.Fields;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in person's own registration, at the top of the event's dialog so the action is seen without
 * scrolling: "you are registered" with a way to cancel, or a form prefilled from their own person record
 * (name, organisation, e-mail) with the register button, or why registration is not possible.
 */
final class OwnRegistration extends Div {

    private final Events events;
    private final People people;
    private final TenantId tenant;
    private final PortalUser user;
    private final NetworkEvent event;
    private final Runnable afterChange;

    OwnRegistration(Events events, People people, TenantId tenant, PortalUser user, NetworkEvent event, Runnable afterChange) {
        this.events = events;
        this.people = people;
        this.tenant = tenant;
        this.user = user;
        this.event = event;
        this.afterChange = afterChange;
        setId("own-registration");
        setWidthFull();
        render(null);
    }

    /** Shows the person's state now; {@code notice} is a refusal to explain first (e.g. registered in another tab). */
    private void render(String notice) {
        removeAll();
        add(new H3(getTranslation("networks.events.your-registration")));
        if (notice != null) {
            Paragraph refused = new Paragraph(notice);
            refused.setId("registration-notice");
            refused.getElement().setAttribute("role", "alert");
            add(refused);
        }
        Instant now = Instant.now();
        Optional<EventRegistration> mine = events.registrationOf(tenant, event.getId(), user.username());
        if (mine.isPresent()) {
            add(status(getTranslation("networks.events.you-are-registered", PortalTime.dateTime(mine.get().getRegisteredAt(), getLocale()))));
            if (event.canCancelRegistration(now)) {
                Button cancel = new Button(getTranslation("networks.events.cancel-registration"), e -> cancel());
                cancel.setId("cancel-registration");
                cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
                add(cancel);
            }
        } else if (event.getSpan().hasStarted(now)) {
            add(status(getTranslation("networks.events.started-no-registration")));
        } else if (!event.isRegistrationOpen()) {
            add(status(getTranslation("networks.events.registration-not-open")));
        } else if (event.isFull(events.registrations(tenant, event.getId()).size())) {
            add(status(getTranslation("networks.events.full")));
        } else {
            form();
        }
    }

    private Paragraph status(String text) {
        Paragraph status = new Paragraph(text);
        status.setId("registration-status");
        status.getElement().setAttribute("role", "status");
        return status;
    }

    private void form() {
        EntityForm<EventRegistration> form = new EntityForm<>();
        TextField name = form.bind("name", Fields.text(this, "networks.field.name", "registration-name"),
                EventRegistration::getName, EventRegistration::setName);
        TextField organisation = form.bind("organisation", Fields.text(this, "networks.field.organisation", "registration-organisation"),
                EventRegistration::getOrganisation, EventRegistration::setOrganisation);
        TextField email = form.bind("email", Fields.text(this, "networks.field.email", "registration-email"),
                EventRegistration::getEmail, EventRegistration::setEmail);
        form.required("name");
        form.read(prefilled());
        Button register = new Button(getTranslation("networks.events.register"), e -> register(form));
        register.setId("register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(name, organisation, email), register);
    }

    /** What the network knows of the person: their own record if they have one, else the name of their account. */
    private EventRegistration prefilled() {
        EventRegistration draft = new EventRegistration(event.getId(), user.username(), Instant.now());
        Optional<Person> me = people.forUser(tenant, user.username());
        draft.setName(me.map(Person::getName).orElse(user.displayName()));
        me.map(Person::getOrganisation).ifPresent(o -> draft.setOrganisation(o.names().in(getLocale())));
        me.map(Person::getEmail).ifPresent(draft::setEmail);
        return draft;
    }

    private void register(EntityForm<EventRegistration> form) {
        if (events.registrationOf(tenant, event.getId(), user.username()).isPresent()) {
            // registered meanwhile (another tab, a double click): say so instead of registering again
            render(getTranslation("networks.validation.already-registered"));
            afterChange.run(); // and the list shows the registration made elsewhere
            return;
        }
        EventRegistration registration = new EventRegistration(event.getId(), user.username(), Instant.now());
        if (FormSave.save(this, form, () -> events.register(tenant, user, form.write(registration)), "networks.events.registered-ok") != null) {
            render(null);
            afterChange.run();
        }
    }

    private void cancel() {
        try {
            events.cancelRegistration(tenant, user, event.getId());
            FormSave.notify(getTranslation("networks.events.cancelled-ok"), false);
            render(null);
        } catch (InvalidInputException refused) {
            render(getTranslation(refused.problems().list().get(0).key()));
        }
        afterChange.run();
    }
}
