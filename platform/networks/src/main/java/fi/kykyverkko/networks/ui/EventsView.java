package fi.kykyverkko.networks.ui;

import fi.kykyverkko.shell.kit.PortalView;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.networks.NetworkAccess;
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
public class EventsView extends PortalView {

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
        new EventDialog(events, tenant(), user(), event, this::refresh).open();
    }
}
