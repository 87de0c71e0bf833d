package fi.kykyverkko.surveys.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.surveys.assessment.ChangeChart;
import fi.kykyverkko.surveys.assessment.Measurement;
import fi.kykyverkko.surveys.assessment.ScoreRange;
import fi.kykyverkko.surveys.assessment.StoredScore;
import fi.kykyverkko.surveys.instruments.Band;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ScoreRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The change chart of one instrument's measurements of one episode, for staff and for the client's own link page:
 * for every score of the instrument, an SVG line over the schedule's points (start → about 6 months → end) and the
 * same figures as a table (point, answered on, value, band in words) for screen readers and anyone who wants the
 * numbers. {@code language} is the instrument's language for band texts ({@code fi}, {@code sv}, {@code en} or
 * {@code fi-plain}); the panel's own headers are the portal's texts in the UI's locale.
 */
public class ChangeChartPanel extends Div {

    public ChangeChartPanel(String id, InstrumentDefinition definition, List<Measurement> measurements, String language) {
        setId(id);
        getStyle().set("max-width", "34rem");
        List<Measurement> own = measurements.stream().filter(m -> m.getInstrumentCode().equals(definition.code())).toList();
        Locale locale = getLocale() == null ? Locale.forLanguageTag("fi") : getLocale();
        for (ScoreRule rule : definition.scores()) {
            String heading = definition.name().in(language) + ": " + scoreName(rule.code());
            add(new H4(heading));
            List<ChangeChart.Point> points = new ArrayList<>();
            NativeTableBody body = new NativeTableBody();
            for (Measurement m : own) {
                StoredScore score = m.score(rule.code()).orElse(null);
                String band = score == null || score.band() == null ? null : bandText(rule, score.band(), language);
                points.add(new ChangeChart.Point(pointName(m.getPointCode()), score == null ? null : score.value(), band));
                body.addRows(new NativeTableRow(new NativeTableCell(pointName(m.getPointCode())),
                        new NativeTableCell(m.getAnsweredAt().map(t -> PortalTime.date(PortalTime.date(t), locale))
                                .orElse(getTranslation(m.state(PortalTime.today()).labelKey()))),
                        new NativeTableCell(score == null || score.value() == null ? "–" : score.value().stripTrailingZeros().toPlainString()),
                        new NativeTableCell(band == null ? "–" : band)));
            }
            add(new Html(ChangeChart.svg(points, ScoreRange.of(definition, rule), getTranslation("assessment.chart.label", heading))));
            NativeTable table = new NativeTable();
            table.add(new NativeTableHeader(), body);
            table.getChildren().findFirst().ifPresent(h -> ((NativeTableHeader) h).addRows(new NativeTableRow(
                    new NativeTableHeaderCell(getTranslation("assessment.chart.point")),
                    new NativeTableHeaderCell(getTranslation("assessment.chart.answered")),
                    new NativeTableHeaderCell(getTranslation("assessment.chart.value")),
                    new NativeTableHeaderCell(getTranslation("assessment.chart.band")))));
            table.setId(id + "-" + rule.code());
            add(table);
        }
    }

    private String pointName(String code) {
        String key = "assessment.point." + code;
        String text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? code : text;
    }

    private String scoreName(String code) {
        String key = "assessment.score." + code;
        String text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? code : text;
    }

    private static String bandText(ScoreRule rule, String code, String language) {
        return rule.bands().stream().filter(b -> b.code().equals(code)).findFirst().map(Band::label).map(l -> l.in(language)).orElse(code);
    }
}
