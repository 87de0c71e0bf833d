package fi.kykyverkko.consultations.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fi.kykyverkko.consultations.stats.ConsultationStatistics;
import fi.kykyverkko.consultations.stats.Tally;
import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.domain.Labelled;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.MainLayout;
import fi.kykyverkko.shell.kit.MonthChart;
import fi.kykyverkko.shell.kit.Pickers;
import fi.kykyverkko.shell.kit.PortalView;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.shell.security.PortalSession;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Consultation statistics without identities: cases per month as a chart and a table side by side, by the asker's
 * profession and organisation, by reason and outcome, handling time, sessions released and expert hours used and freed.
 * Every figure says what it counts.
 */
@Route(value = "consultations/statistics", layout = MainLayout.class)
public class StatisticsView extends PortalView {

    private final ConsultationStatistics statistics;
    private final Div content = new Div();
    private final DatePicker from;
    private final DatePicker until;

    @Inject
    public StatisticsView(PortalSession session, ConsultationStatistics statistics) {
        super(session, "consultations.stats.title");
        this.statistics = statistics;
        from = Pickers.date(getTranslation("consultations.stats.from"), getLocale());
        until = Pickers.date(getTranslation("consultations.stats.until"), getLocale());
        from.setId("stats-from");
        from.setValue(PortalTime.today().withDayOfMonth(1).minusMonths(11));
        until.setId("stats-until");
        until.setValue(PortalTime.today().withDayOfMonth(1).plusMonths(1));
        Button show = new Button(getTranslation("consultations.stats.show"), e -> show());
        show.setId("stats-show");
        content.setWidthFull();
        add(new Div(from, until, show), content);
        show();
    }

    private void show() {
        content.removeAll();
        Tally tally;
        try {
            tally = statistics.of(tenant(), user(), from.getValue(), until.getValue());
        } catch (InvalidInputException invalid) {
            until.setInvalid(true);
            until.setErrorMessage(getTranslation("consultations.stats.range"));
            return;
        }
        until.setInvalid(false);
        line("stats-what", getTranslation("consultations.stats.what"));
        line("stats-totals", getTranslation("consultations.stats.totals", tally.cases(), tally.sessionsHeld(), tally.sessionsReleased(),
                tally.meanHandlingMinutes(), tally.casesTimed(), tally.expertMinutesUsed() / 60.0, tally.expertMinutesFreed() / 60.0));
        List<MonthChart.Month> months = tally.months().stream().map(m -> new MonthChart.Month(m.month(), m.cases(),
                List.of(m.cases(), m.held(), m.released(), m.pairs()))).toList();
        Div chart = new Div(new Html(MonthChart.svg(months, getTranslation("consultations.stats.chart-label"))));
        chart.setId("stats-chart");
        chart.getStyle().set("flex", "1 1 18rem").set("min-width", "0");
        Div monthTable = MonthChart.table(months, "stats-months", getTranslation("consultations.stats.month"),
                getTranslation("consultations.stats.cases"), getTranslation("consultations.stats.held"), getTranslation("consultations.stats.released"),
                getTranslation("consultations.stats.pairs"));
        monthTable.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        Div side = new Div(chart, monthTable);
        side.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1rem").set("max-width", "100%");
        content.add(side);
        breakdown("stats-reasons", "consultations.stats.by-reason", labelled(tally.byReason()));
        breakdown("stats-outcomes", "consultations.stats.by-outcome", labelled(tally.byOutcome()));
        line("stats-open", getTranslation("consultations.stats.without-outcome", tally.withoutOutcome()));
        line("stats-pairs", getTranslation("consultations.stats.pairs-counted", tally.pairConsultations()));
        breakdown("stats-professions", "consultations.stats.by-profession", tally.byProfession());
        breakdown("stats-organisations", "consultations.stats.by-organisation", tally.byOrganisation());
    }

    private <E extends Enum<E> & Labelled> Map<String, Long> labelled(Map<E, Long> counts) {
        Map<String, Long> named = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> named.put(getTranslation(k.labelKey()), v));
        return named;
    }

    private void breakdown(String id, String titleKey, Map<String, Long> counts) {
        content.add(new H4(getTranslation(titleKey)));
        StackedTable<Map.Entry<String, Long>> table = new StackedTable<>(id);
        table.text(getTranslation(titleKey + ".what"), Map.Entry::getKey)
                .figure(getTranslation("consultations.stats.cases"), e -> String.valueOf(e.getValue()))
                .whenEmpty(getTranslation("consultations.stats.none"));
        table.setItems(List.copyOf(counts.entrySet()));
        content.add(table);
    }

    private void line(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        content.add(p);
    }
}
