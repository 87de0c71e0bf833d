package fi.kykyverkko.panels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.mood.MoodFeedback;
import fi.kykyverkko.panels.mood.MoodResults;
import fi.kykyverkko.shell.kit.StackedTable;
import fi.kykyverkko.surveys.assessment.ChangeChart;
import fi.kykyverkko.surveys.assessment.ScoreRange;
import fi.kykyverkko.surveys.instruments.Item;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The mood across a panel's meetings: for each of the three questions its mean (1–3) per meeting as a line (the
 * surveys' {@link ChangeChart}, drawn on the server), and the same figures with their denominators as a table
 * ("6 answers, 9 members"). The charts show the last {@value #CHARTED} meetings that have answers (more would not
 * read on a phone); the table has them all.
 */
final class MoodTrend {

    static final int CHARTED = 8;
    private static final ScoreRange SMILEYS = new ScoreRange(BigDecimal.ONE, BigDecimal.valueOf(3));
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d.M.");

    /** One meeting on the trend: when, its theme and its results. */
    record Row(PanelMeeting meeting, MoodResults results) {
    }

    private MoodTrend() {
    }

    /** The meetings that have answers, in time order. */
    static List<Row> rows(List<PanelMeeting> meetings, Map<Long, MoodResults> results) {
        return meetings.stream().filter(m -> results.containsKey(m.getId()) && results.get(m.getId()).answers() > 0)
                .sorted(Comparator.comparing(PanelMeeting::getStartsAt))
                .map(m -> new Row(m, results.get(m.getId()))).toList();
    }

    /** A point per meeting: its short date and the question's mean, to one decimal. */
    static List<ChangeChart.Point> points(List<Row> rows, String item) {
        List<ChangeChart.Point> points = new ArrayList<>();
        for (Row row : rows.subList(Math.max(0, rows.size() - CHARTED), rows.size())) {
            Double mean = row.results().mean(item);
            points.add(new ChangeChart.Point(PortalTime.date(row.meeting().getStartsAt()).format(SHORT),
                    mean == null ? null : BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP), null));
        }
        return points;
    }

    static Component of(Component where, List<PanelMeeting> meetings, Map<Long, MoodResults> results, int members) {
        Div trend = new Div();
        trend.setId("mood-trend");
        trend.add(new H4(where.getTranslation("panels.mood.trend")));
        List<Row> rows = rows(meetings, results);
        if (rows.isEmpty()) {
            trend.add(new Paragraph(where.getTranslation("panels.mood.trend.none")));
            return trend;
        }
        String language = PanelUi.locale().getLanguage();
        Div charts = new Div();
        charts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (Item item : MoodFeedback.questions()) {
            String question = item.text().in(language);
            Div one = new Div(new Paragraph(question),
                    new Html(ChangeChart.svg(points(rows, item.id()), SMILEYS, where.getTranslation("panels.mood.trend.label", question))));
            one.getStyle().set("flex", "1 1 18rem").set("min-width", "0");
            charts.add(one);
        }
        StackedTable<Row> table = new StackedTable<>("mood-trend-table");
        table.text(where.getTranslation("panels.field.startsAt"), r -> PanelUi.when(r.meeting().getStartsAt()))
                .breakingText(where.getTranslation("panels.field.theme"), r -> r.meeting().getTheme() == null ? "" : r.meeting().getTheme())
                .text(where.getTranslation("panels.mood.trend.answers"), r -> where.getTranslation("panels.mood.trend.of", r.results().answers(), members));
        for (Item item : MoodFeedback.questions()) {
            table.figure(item.text().in(language), r -> mean(r.results().mean(item.id())));
        }
        table.setItems(rows);
        trend.add(charts, table);
        return trend;
    }

    private static String mean(Double mean) {
        return mean == null ? "–" : String.format(PanelUi.locale(), "%.1f", mean);
    }
}
