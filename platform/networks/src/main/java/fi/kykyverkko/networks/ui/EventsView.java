package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
import fi.kykyverkko.networks.events.EventSummary;
import fi.kykyverkko.networks.events.Events;
import fi.kykyverkko.networks.events.MonthCount;
import fi.kykyverkko.networks.events.NetworkEvent;
import fi.kykyverkko.networks.people.People;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.MonthChart;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Events for the network's professionals (Kohtaamot, morning coffees, webinars): plan, take registrations,
 * mark attendance, and see every event of each month over the past year with those held and their participants.
 */
@Route(value = "networks/events", layout = MainLayout.class)
public class EventsView extends PortalView {

    private final Events events;
    private final People people;
    private final StackedTable<EventSummary> list = new StackedTable<>("events-list");
    private final Div chart = new Div();
    private Set<Long> mine = Set.of();

    @Inject
    public EventsView(PortalSession session, Events events, People people) {
        super(session, "networks.events.title");
        this.events = events;
        this.people = people;
        add(new Paragraph(getTranslation("networks.events.intro")));
        if (NetworkAccess.canEditEvents(user(), tenant())) {
            Button create = new Button(getTranslation("networks.events.new"), e -> edit(new NetworkEvent()));
            create.setId("new-event");
            add(create);
        }
        list.component(getTranslation("networks.events.name"), this::title)
                .figure(getTranslation("networks.meeting.starts"), s -> PortalTime.dateTime(s.event().getStartsAt(), getLocale()))
                .text(getTranslation("networks.events.kind"), s -> getTranslation(s.event().getKind().labelKey()))
                .text(getTranslation("networks.events.registered"), this::registered)
                .text(getTranslation("networks.events.participants"), this::participants)
                .whenEmpty(getTranslation("networks.events.none"));
        chart.setId("events-chart");
        chart.setWidthFull();
        add(list, new H3(getTranslation("networks.events.per-month")), chart);
        refresh();
    }

    private void refresh() {
        LocalDate today = PortalTime.today();
        mine = events.registeredEventIds(tenant(), user().username());
        list.setItems(events.between(tenant(), today.minusYears(1).withDayOfMonth(1), today.plusYears(1)));
        // whole months, this one to its last day: an event later this month is one of its events already
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        List<MonthCount> months = events.perMonth(tenant(), nextMonth.minusMonths(12), nextMonth);
        chart.removeAll();
        List<MonthChart.Month> bars = months.stream()
                .map(m -> new MonthChart.Month(m.month(), m.events(), List.of(m.events(), m.held(), m.participants()))).toList();
        chart.add(new Html(MonthChart.svg(bars, getTranslation("networks.events.chart-label"))));
        chart.add(MonthChart.table(bars, "events-per-month", getTranslation("networks.events.month"), getTranslation("networks.events.in-month"),
                getTranslation("networks.events.held"), getTranslation("networks.events.participants")));
    }

    /** The event's name as the button that opens it, and a badge when the person has registered. */
    private Div title(EventSummary s) {
        Div title = new Div(StackedTable.opener(s.event().getTitle(), () -> edit(s.event())));
        if (mine.contains(s.event().getId())) {
            Span badge = new Span(getTranslation("networks.events.you-registered"));
            badge.getElement().getThemeList().add("badge success");
            badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            title.add(badge);
        }
        return title;
    }

    /** Registrations, out of the seats when there is a limit; "no registration" for an event that never took any. */
    private String registered(EventSummary s) {
        if (s.registered() == 0 && !s.event().isRegistrationOpen()) {
            return getTranslation("networks.events.no-registration");
        }
        return s.event().getCapacity() == null ? String.valueOf(s.registered())
                : getTranslation("networks.events.registered-of", s.registered(), s.event().getCapacity());
    }

    /**
     * Who came, and where the figure comes from: a head count recorded afterwards, or registrations marked present.
     * An event still to come has no participants yet, which is not the same as none.
     */
    private String participants(EventSummary s) {
        if (!s.event().getSpan().hasStarted(Instant.now())) {
            return getTranslation("networks.events.not-yet");
        }
        return getTranslation(s.event().getParticipantCount() != null ? "networks.events.participants-counted" : "networks.events.participants-marked",
                s.participants());
    }

    private void edit(NetworkEvent event) {
        new EventDialog(events, people, tenant(), user(), event, this::refresh).open();
    }
}
