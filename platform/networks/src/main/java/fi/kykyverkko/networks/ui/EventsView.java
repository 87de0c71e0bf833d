package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.EntityForm;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.kernel.domain.Codes;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.events.EventKind;
import fi.kykyverkko.networks.events.EventRegistration;
import fi.kykyverkko.networks.events.EventSummary;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.MonthCount;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.MonthChart;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Events for the network's professionals (Kohtaamot, morning coffees, webinars): plan, take registrations,
 * mark attendance, and see events and participants per month over the past year.
 */
@Route(value = "networks/events", layout = MainLayout.class)
public class EventsView extends NetworksView {

    private final Events events;
    private final Grid<EventSummary> grid = new Grid<>();
    private final com.vaadin.flow.component.html.Div chart = new com.vaadin.flow.component.html.Div();

    @Inject
    public EventsView(PortalSession session, Events events) {
        super(session, "networks.events.title");
        this.events = events;
        add(new Paragraph(getTranslation("networks.events.intro")));
        if (NetworkAccess.canEditEvents(user(), tenant())) {
            Button create = new Button(getTranslation("networks.events.new"), e -> edit(new NetworkEvent()));
            create.setId("new-event");
            add(create);
        }
        grid.setId("events-grid");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> PortalTime.dateTime(s.event().getStartsAt(), getLocale())).setHeader(getTranslation("networks.meeting.starts")).setFlexGrow(2);
        grid.addColumn(s -> s.event().getTitle()).setHeader(getTranslation("networks.events.name")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.event().getKind().labelKey())).setHeader(getTranslation("networks.events.kind")).setFlexGrow(2);
        grid.addColumn(EventSummary::registered).setHeader(getTranslation("networks.events.registered")).setFlexGrow(1);
        // an event still to come has no participants yet, which is not the same as none
        grid.addColumn(s -> s.event().getStartsAt().isAfter(Instant.now()) ? "–" : String.valueOf(s.participants()))
                .setHeader(getTranslation("networks.events.participants")).setFlexGrow(1);
        grid.addItemClickListener(e -> edit(e.getItem().event()));
        grid.setHeight("24rem");
        chart.setWidthFull();
        add(grid, new H3(getTranslation("networks.events.per-month")), chart);
        refresh();
    }

    private void refresh() {
        LocalDate today = PortalTime.today();
        grid.setItems(events.between(tenant(), today.minusYears(1).withDayOfMonth(1), today.plusYears(1)));
        List<MonthCount> months = events.perMonth(tenant(), today.minusMonths(11).withDayOfMonth(1), today.plusDays(1));
        chart.removeAll();
        List<MonthChart.Month> bars = months.stream()
                .map(m -> new MonthChart.Month(m.month(), m.participants(), List.of(m.events(), m.participants()))).toList();
        chart.add(new Html(MonthChart.svg(bars, getTranslation("networks.events.chart-label"))));
        chart.add(MonthChart.table(bars, "events-per-month", getTranslation("networks.events.month"), getTranslation("networks.events.held"),
                getTranslation("networks.events.participants")));
    }

    private void edit(NetworkEvent event) {
        boolean editable = NetworkAccess.canEditEvents(user(), tenant());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(event.getId() == null ? getTranslation("networks.events.new") : event.getTitle());
        dialog.setWidth("min(50rem, 95vw)");
        EntityForm<Object> fields = new EntityForm<>();
        TextField title = fields.add("title", text("networks.events.name", event.getTitle(), "event-title"));
        Select<EventKind> kind = fields.add("kind", new Select<>());
        kind.setLabel(getTranslation("networks.events.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
        kind.setValue(event.getKind());
        DateTimePicker starts = fields.add("startsAt", fi.kykyverkko.shell.kit.Pickers.dateTime(getTranslation("networks.meeting.starts"), getLocale()));
        starts.setValue(event.getStartsAt() == null ? PortalTime.today().plusDays(14).atTime(9, 0) : PortalTime.local(event.getStartsAt()));
        DateTimePicker ends = fields.add("endsAt", fi.kykyverkko.shell.kit.Pickers.dateTime(getTranslation("networks.meeting.ends"), getLocale()));
        ends.setValue(event.getEndsAt() == null ? PortalTime.today().plusDays(14).atTime(11, 0) : PortalTime.local(event.getEndsAt()));
        TextField place = fields.add("place", text("networks.meeting.place", event.getPlace(), "event-place"));
        TextField link = fields.add("onlineLink", text("networks.meeting.online-link", event.getOnlineLink(), null));
        TextField audience = fields.add("audience", text("networks.events.audience", event.getAudience(), null));
        TextArea description = fields.add("description", area("networks.events.description", event.getDescription(), null));
        Checkbox open = new Checkbox(getTranslation("networks.events.registration-open"), event.isRegistrationOpen());
        IntegerField capacity = fields.add("capacity", new IntegerField(getTranslation("networks.events.capacity")));
        capacity.setValue(event.getCapacity());
        IntegerField headCount = fields.add("participantCount", new IntegerField(getTranslation("networks.events.head-count")));
        headCount.setHelperText(getTranslation("networks.events.head-count-help"));
        headCount.setValue(event.getParticipantCount());
        FormLayout form = new FormLayout(title, kind, starts, ends, place, link, audience, description, open, capacity, headCount);
        form.getChildren().forEach(c -> c.getElement().setProperty("readonly", !editable));
        dialog.add(form);
        if (event.getId() != null) {
            dialog.add(registrations(event, editable));
        }
        dialog.getFooter().add(new Button(getTranslation("kit.form.close"), e -> dialog.close()));
        if (editable) {
            saveButton(dialog, "event-save", fields, () -> {
                event.setTitle(title.getValue());
                event.setKind(kind.getValue());
                event.setStartsAt(starts.getValue() == null ? null : PortalTime.instant(starts.getValue()));
                event.setEndsAt(ends.getValue() == null ? null : PortalTime.instant(ends.getValue()));
                event.setPlace(place.getValue());
                event.setOnlineLink(link.getValue());
                event.setAudience(audience.getValue());
                event.setDescription(description.getValue());
                event.setRegistrationOpen(open.getValue());
                event.setCapacity(capacity.getValue());
                event.setParticipantCount(headCount.getValue());
                if (event.getCode() == null && !title.getValue().isBlank()) {
                    event.setCode(Codes.fromName(title.getValue()));
                }
                return events.save(tenant(), user(), event);
            }, "networks.events.saved", this::refresh);
        }
        dialog.open();
    }

    private com.vaadin.flow.component.Component registrations(NetworkEvent event, boolean editable) {
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div(new H3(getTranslation("networks.events.registrations")));
        Grid<EventRegistration> list = new Grid<>();
        list.addColumn(EventRegistration::getName).setHeader(getTranslation("networks.field.name"));
        list.addColumn(EventRegistration::getOrganisation).setHeader(getTranslation("networks.field.organisation"));
        list.addComponentColumn(r -> {
            Checkbox attended = new Checkbox(getTranslation("networks.events.attended"), r.isAttended());
            attended.setReadOnly(!editable);
            attended.addValueChangeListener(e -> events.setAttended(tenant(), user(), r.getId(), e.getValue()));
            return attended;
        }).setHeader(getTranslation("networks.events.attended"));
        list.setItems(events.registrations(tenant(), event.getId()));
        list.setAllRowsVisible(true);
        box.add(list);
        if (event.isRegistrationOpen()) {
            EntityForm<Object> fields = new EntityForm<>();
            TextField name = fields.add("name", text("networks.field.name", user().displayName(), "registration-name"));
            TextField organisation = fields.add("organisation", text("networks.field.organisation", null, null));
            TextField email = fields.add("email", text("networks.field.email", null, null));
            Button register = new Button(getTranslation("networks.events.register"), e -> {
                EventRegistration registration = new EventRegistration(event.getId(), Instant.now());
                registration.setName(name.getValue());
                registration.setOrganisation(organisation.getValue());
                registration.setEmail(email.getValue());
                if (save(fields, () -> events.register(tenant(), user(), registration), "networks.events.registered-ok") != null) {
                    list.setItems(events.registrations(tenant(), event.getId()));
                    refresh();
                }
            });
            register.setId("register");
            box.add(new FormLayout(name, organisation, email), register);
        }
        return box;
    }
}
