package fi.kykyverkko.surveys.assessment;

import fi.kykyverkko.kernel.time.PortalTime;
import fi.kykyverkko.shell.kit.HtmlText;
import fi.kykyverkko.surveys.answering.RespondTexts;
import fi.kykyverkko.surveys.instruments.Band;
import fi.kykyverkko.surveys.instruments.InstrumentDefinition;
import fi.kykyverkko.surveys.instruments.ScoreRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's own change chart on the public link page, as HTML (the page is a servlet, not Vaadin): for every score
 * of the instrument, a heading, {@link ChangeChart#svg} (the same geometry as the staff's {@code ChangeChartPanel})
 * and the same figures as a table: point, answered on, value, the band in words of the client's language (plain
 * Finnish too). Only the measurements it is given (the link's episode) and only those of this instrument. Pure.
 */
public final class OwnChart {

    private OwnChart() {
    }

    public static String html(InstrumentDefinition definition, List<Measurement> episode, RespondTexts t, LocalDate today) {
        List<Measurement> own = episode.stream().filter(m -> m.getInstrumentCode().equals(definition.code())).toList();
        StringBuilder out = new StringBuilder("<section id=\"own-chart\" aria-labelledby=\"own-chart-title\">");
        out.append("<h2 id=\"own-chart-title\">").append(esc(t.get("respond.assessment.chart.title"))).append("</h2>");
        out.append("<p>").append(esc(t.get("respond.assessment.chart.intro"))).append("</p>");
        for (ScoreRule rule : definition.scores()) {
            String heading = definition.name().in(t.language()) + ": " + named(t, "assessment.score." + rule.code(), rule.code());
            List<ChangeChart.Point> points = new ArrayList<>();
            StringBuilder rows = new StringBuilder();
            for (Measurement m : own) {
                StoredScore score = m.score(rule.code()).orElse(null);
                String band = score == null || score.band() == null ? null : bandText(rule, score.band(), t.language());
                String point = named(t, "assessment.point." + m.getPointCode(), m.getPointCode());
                points.add(new ChangeChart.Point(point, score == null ? null : score.value(), band));
                String answered = m.getAnsweredAt().map(a -> PortalTime.date(PortalTime.date(a), RespondTexts.locale(t.language())))
                        .orElse(t.get(m.state(today).labelKey()));
                rows.append("<tr><th scope=\"row\">").append(esc(point)).append("</th><td>").append(esc(answered)).append("</td><td>")
                        .append(score == null || score.value() == null ? "–" : esc(ChangeChart.plain(score.value())))
                        .append("</td><td>").append(band == null ? "–" : esc(band)).append("</td></tr>");
            }
            out.append("<h3>").append(esc(heading)).append("</h3>");
            out.append(ChangeChart.svg(points, ScoreRange.of(definition, rule), t.get("assessment.chart.label", heading)));
            out.append("<table class=\"own-chart\" id=\"own-chart-").append(esc(rule.code())).append("\"><caption>").append(esc(heading))
                    .append("</caption><thead><tr><th scope=\"col\">").append(esc(t.get("assessment.chart.point")))
                    .append("</th><th scope=\"col\">").append(esc(t.get("assessment.chart.answered")))
                    .append("</th><th scope=\"col\">").append(esc(t.get("assessment.chart.value")))
                    .append("</th><th scope=\"col\">").append(esc(t.get("assessment.chart.band")))
                    .append("</th></tr></thead><tbody>").append(rows).append("</tbody></table>");
        }
        return out.append("</section>").toString();
    }

    /** The page's CSS for the chart's table: narrow columns that fit 360 px. */
    public static final String CSS = "table.own-chart{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
            + "table.own-chart th,table.own-chart td{border-bottom:1px solid #c8c8c8;padding:.3rem;text-align:left;vertical-align:top}"
            + "table.own-chart caption{text-align:left;font-weight:600}";

    private static String named(RespondTexts t, String key, String fallback) {
        String text = t.get(key);
        return text.equals(key) ? fallback : text;
    }

    private static String bandText(ScoreRule rule, String code, String language) {
        return rule.bands().stream().filter(b -> b.code().equals(code)).findFirst().map(Band::label).map(l -> l.in(language)).orElse(code);
    }

    private static String esc(String text) {
        return HtmlText.escape(text == null ? "" : text);
    }
}
