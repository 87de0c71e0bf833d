package fi.kykyverkko.surveys.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kykyverkko.shell.kit.HtmlText;
import fi.kykyverkko.surveys.survey.Survey;
import fi.kykyverkko.surveys.survey.SurveyResults;
import java.util.Map;

/** Live results: hidden below an anonymous survey's minimum; else score means and, per item, its distribution as SVG bars with the numbers. */
class ResultsPanel extends Div {

    ResultsPanel(SurveyResults results, Survey survey) {
        setId("results");
        add(new H4(getTranslation("survey.results.title")));
        if (results.hidden()) {
            add(new Paragraph(getTranslation("survey.results.hidden", survey.getMinCount())));
            return;
        }
        results.scoreMeans().forEach((code, mean) -> add(new Paragraph(getTranslation("survey.results.score-mean", code, mean))));
        results.distributions().forEach((key, counts) -> {
            add(new Paragraph(key + (results.itemMeans().containsKey(key) ? " – " + getTranslation("survey.results.mean", results.itemMeans().get(key)) : "")));
            add(new Html(bars(counts, getTranslation("survey.results.chart-label", key))));
        });
        results.freeTexts().forEach((key, texts) -> {
            if (!texts.isEmpty()) {
                UnorderedList list = new UnorderedList();
                texts.forEach(t -> list.add(new ListItem(t)));
                add(new Paragraph(key), list);
            }
        });
    }

    /** One horizontal bar per value, its count written beside it (the words carry the numbers for screen readers). */
    static String bars(Map<String, Long> counts, String label) {
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        int row = 22;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 320 " + (counts.size() * row + 4)
                + "\" style=\"width:100%;max-width:24rem;height:auto\" aria-label=\"" + HtmlText.escape(label) + "\">");
        int y = 2;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            int w = (int) Math.round(200.0 * e.getValue() / max);
            svg.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\" fill=\"#1b1b1b\">").append(HtmlText.escape(e.getKey())).append("</text>")
                    .append("<rect x=\"70\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"16\" fill=\"#1f5f8b\"/>")
                    .append("<text x=\"").append(76 + w).append("\" y=\"").append(y + 15).append("\" font-size=\"12\" fill=\"#1b1b1b\">").append(e.getValue()).append("</text>");
            y += row;
        }
        return "<div>" + svg.append("</svg>") + "</div>";
    }
}
